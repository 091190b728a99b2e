package org.crosscheck.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.EntityReresolver;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;

/**
 * Splits a pipeline's corpus stages for an incremental run: those that work article by article (outlet
 * furniture, annotation, extraction) run over the new articles only; those that provide cross-article
 * parts (copies, events, stories, summaries, comparisons) run again over everything stored, after the
 * entities of all runs are resolved again together ({@link EntityReresolver}).
 */
final class StageSplit {

    private static final Set<Part> CROSS_ARTICLE = Set.of(Part.COPIES, Part.EVENTS, Part.STORIES, Part.SUMMARIES,
            Part.COMPARISONS);

    private StageSplit() {
    }

    /**
     * Returns the stages that run over new articles only.
     *
     * @param stages the pipeline's stages in order
     * @return the per-article stages, in order
     */
    static List<CorpusStage> perArticle(List<CorpusStage> stages) {
        return stages.stream().filter(s -> !crossArticle(s)).toList();
    }

    /**
     * Returns the stages that run over the whole store: entity resolution across runs, then the
     * cross-article stages.
     *
     * @param stages the pipeline's stages in order
     * @return the cross-article stages, in order
     */
    static List<CorpusStage> overStore(List<CorpusStage> stages) {
        List<CorpusStage> out = new ArrayList<>();
        out.add(new EntityReresolver());
        stages.stream().filter(StageSplit::crossArticle).forEach(out::add);
        return out;
    }

    private static boolean crossArticle(CorpusStage stage) {
        return stage.provides().stream().anyMatch(CROSS_ARTICLE::contains);
    }
}
