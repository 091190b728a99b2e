package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.Test;

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
}
