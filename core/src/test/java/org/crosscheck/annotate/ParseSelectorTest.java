package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences the speech policy parses, on hand-tagged invented sentences (no models loaded). */
class ParseSelectorTest {

    private final ParseSelector selector = new ParseSelector(ParsePolicy.SPEECH);

    /** Builds a sentence from "word/TAG/lemma" triples. */
    private static CoreMap sentence(String... tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String t : tagged) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setTag(p[1]);
            l.setLemma(p[2]);
            tokens.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return s;
    }

    @Test
    void aSpeakerTheWordsNameNeedsNoParse() {
        assertThat(selector.wants(sentence("Marsh/NNP/Marsh", "has/VBZ/have", "also/RB/also", "said/VBD/say",
                "prices/NNS/price", "rose/VBD/rise"))).isFalse();
        assertThat(selector.wants(sentence("Prices/NNS/price", "rose/VBD/rise", ",/,/,", "''/''/''",
                "said/VBD/say", "Marsh/NNP/Marsh"))).isFalse();
        assertThat(selector.wants(sentence("She/PRP/she", "denied/VBD/deny", "it/PRP/it"))).isFalse();
    }

    @Test
    void aSubjectTheWordsDoNotNameIsParsed() {
        assertThat(selector.wants(sentence("The/DT/the", "building/NN/building", "company/NN/company",
                "denied/VBD/deny", "the/DT/the", "claim/NN/claim"))).isTrue();
        // the proper noun after a verb that does not follow a quotation is its object, not its speaker
        assertThat(selector.wants(sentence("Consumer/NN/consumer", "groups/NNS/group", "condemned/VBD/condemn",
                "Marle/NNP/Marle"))).isTrue();
    }

    @Test
    void aDateBeforeTheVerbIsNoSpeaker() {
        CoreMap s = sentence("The/DT/the", "ministry/NN/ministry", "on/IN/on", "Monday/NNP/Monday", "said/VBD/say",
                "it/PRP/it", "would/MD/would", "act/VB/act");
        s.get(CoreAnnotations.TokensAnnotation.class).get(3).setNER("DATE");
        assertThat(selector.wants(s)).isTrue();
    }

    @Test
    void aSentenceWithoutSpeechIsNotParsed() {
        assertThat(selector.wants(sentence("The/DT/the", "ferry/NN/ferry", "sank/VBD/sink"))).isFalse();
    }
}
