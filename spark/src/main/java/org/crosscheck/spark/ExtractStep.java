package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.extract.StatementStage;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.pipeline.Progress;
import scala.Tuple2;

/**
 * Executor side of statements and figures: core's {@link StatementStage} and {@link FigureStage} over a corpus
 * of one article, with the resolved entities that it mentions (their names and types as resolved across the
 * corpus, so speakers are named as in a single-machine run).
 */
public final class ExtractStep implements Function<Tuple2<Annotated, Iterable<Entity>>, Extracted> {

    private static final long serialVersionUID = 1L;

    @Override
    public Extracted call(Tuple2<Annotated, Iterable<Entity>> in) {
        Annotated a = in._1();
        List<Entity> entities = new ArrayList<>();
        in._2().forEach(entities::add);
        entities.sort(java.util.Comparator.comparing(e -> EntityIds.number(e.id())));
        Corpus corpus = Corpus.of(List.of(a.article()), a.errors()).withEntities(entities);
        if (a.annotation() != null) {
            corpus = corpus.withAnnotations(Map.of(a.article().id(), a.annotation()));
        }
        corpus = new StatementStage().apply(corpus, Progress.NONE);
        corpus = new FigureStage().apply(corpus, Progress.NONE);
        return new Extracted(a.article(), a.ordinal(), a.inputHash(), corpus.statements(), corpus.figures(),
                a.vectors(), corpus.errors());
    }
}
