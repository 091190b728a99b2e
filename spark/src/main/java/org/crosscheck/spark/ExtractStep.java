package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.crosscheck.Crosscheck;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Progress;
import scala.Tuple2;

/**
 * Executor side of the per-article stages after entity resolution: core's {@link Crosscheck#articleStages}
 * (statements, figures, the figures' frames, in the pipeline's order) over a corpus of one article, with the
 * resolved entities that it mentions (their names and types as resolved across the corpus, so speakers and
 * scopes are named as in a single-machine run).
 */
public final class ExtractStep implements Function<Tuple2<Annotated, Iterable<Entity>>, Extracted> {

    private static final long serialVersionUID = 1L;
    private transient List<CorpusStage> stages;

    @Override
    public Extracted call(Tuple2<Annotated, Iterable<Entity>> in) {
        if (stages == null) {
            stages = Crosscheck.articleStages(Budgets.DEFAULT);
        }
        Annotated a = in._1();
        List<Entity> entities = new ArrayList<>();
        in._2().forEach(entities::add);
        entities.sort(Comparator.comparing(e -> EntityIds.number(e.id())));
        Corpus corpus = Corpus.of(List.of(a.article()), a.errors()).withEntities(entities);
        if (a.annotation() != null) {
            corpus = corpus.withAnnotations(Map.of(a.article().id(), a.annotation()));
        }
        for (CorpusStage stage : stages) {
            corpus = stage.apply(corpus, Progress.NONE);
        }
        return new Extracted(corpus.articles().get(0), a.ordinal(), a.inputHash(), corpus.statements(),
                corpus.figures(), a.vectors(), corpus.errors());
    }
}
