package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

class GroupStageTest {

    @Test
    void theSampleCorpusGroupsAlikeWithItsVectorsInAFileOrOnTheHeap() {
        Corpus corpus = new Pipeline(Ingestor.standard(Ingestor.DEFAULT_MAX_BYTES), ArticleCleaner.standard(),
                List.of()).run(List.of(Path.of("..", "samples", "articles").toString()), Progress.NONE);
        GroupStage stage = new GroupStage(MiniLmEmbedder::shared);
        Corpus onHeap = stage.group(corpus, Progress.NONE, null);
        Corpus spilled;
        try (VectorFile file = VectorFile.temporary()) {
            spilled = stage.group(corpus, Progress.NONE, file);
        }
        assertThat(onHeap.events()).isNotEmpty();
        assertThat(onHeap.events()).anySatisfy(e -> assertThat(e.summary()).hasSizeGreaterThan(1));
        assertThat(spilled.copies()).isEqualTo(onHeap.copies());
        assertThat(spilled.events()).isEqualTo(onHeap.events());
        assertThat(spilled.stories()).isEqualTo(onHeap.stories());
        assertThat(stage.apply(corpus, Progress.NONE).events()).isEqualTo(onHeap.events());
    }
}
