package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-thread MiniLM gives the packaged model's vectors, to the last bit. */
class MiniLmEmbedderTest {

    @Test
    void singleThreadedGivesTheSharedModelsVectorsExactly() {
        List<String> texts = new ArrayList<>(List.of(
                "At least 12 people were killed when a dam burst near the town on Monday, officials said.",
                "The minister told reporters that the army had withdrawn from the city.",
                "Lakeside Daily",
                "Un barrage a cédé lundi ; au moins douze personnes sont mortes."));
        // longer than the model's 510 tokens, so that the text is embedded in parts and the parts averaged
        texts.add("The river rose again overnight and the rescue teams worked through the night. ".repeat(60));
        List<float[]> shared = MiniLmEmbedder.shared().embed(texts);
        List<float[]> single = MiniLmEmbedder.singleThreaded().embed(texts);
        assertThat(single).hasSameSizeAs(shared);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(single.get(i)).hasSize(384).containsExactly(shared.get(i));
        }
        assertThat(MiniLmEmbedder.cosine(single.get(0), single.get(1))).isLessThan(0.99);
    }
}
