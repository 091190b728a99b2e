package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Corpus;
import org.crosscheck.testing.NotingProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    private static CorpusStage stage(String name, Set<Part> requires, Set<Part> provides) {
        return new CorpusStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Part> requires() {
                return requires;
            }

            @Override
            public Set<Part> provides() {
                return provides;
            }

            @Override
            public Corpus apply(Corpus corpus, Progress progress) {
                return corpus;
            }
        };
    }

    @Test
    void refusesAStageWhoseRequirementsComeLater() {
        CorpusStage figures = stage("figures", Set.of(Part.ANNOTATIONS), Set.of(Part.FIGURES));
        CorpusStage annotate = stage("annotate", Set.of(Part.ARTICLES), Set.of(Part.ANNOTATIONS));
        assertThatThrownBy(() -> new Pipeline(Ingestor.standard(1000), ArticleCleaner.standard(),
                List.of(figures, annotate)))
                .hasMessageContaining("stage 'figures' requires [ANNOTATIONS]");
        new Pipeline(Ingestor.standard(1000), ArticleCleaner.standard(), List.of(annotate, figures));
    }

    @Test
    void readingAFileTellsItsItemHowManyRecordsWereReadSoFar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("three.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"The bridge reopened on Monday.\"}\n"
                + "{\"id\":\"b\",\"text\":12}\n"
                + "{\"id\":\"c\",\"text\":\"The mayor said the bridge was safe.\"}\n");
        NotingProgress progress = new NotingProgress();
        Corpus read = new Pipeline(Ingestor.standard(1000), ArticleCleaner.standard(), List.of())
                .read(List.of(file.toString()), progress);

        assertThat(read.articles()).hasSize(2);
        assertThat(read.errors()).hasSize(1);
        // the record of the wrong type counts too: the count is what the reader got through, not what was kept
        assertThat(progress.items()).containsExactly(file + " 1", file + " 2", file + " 3", file + " done");
    }
}
