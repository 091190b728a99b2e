package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FoundMention;
import org.crosscheck.group.GroupStage;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Budgets;

/**
 * Executor side of annotate and the first half of entity resolution: each article of a partition is annotated
 * with the JVM's CoreNLP ({@link Models}) within core's default budgets ({@link AnnotateStage#annotate}), its
 * names are found ({@link EntityStage#found(Article, Annotation, List)}), and the sentences grouping will
 * compare are embedded with the JVM's MiniLM. A failure is the article's error, under core's stage names and
 * messages.
 */
public final class AnnotateStep implements FlatMapFunction<Iterator<ReadResult>, Annotated> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Annotated> call(Iterator<ReadResult> articles) {
        List<Annotated> out = new ArrayList<>();
        AnnotateStage annotating = new AnnotateStage(Models::annotator, 1, Budgets.DEFAULT);
        EntityStage entities = new EntityStage(Budgets.DEFAULT.perArticle());
        Annotator annotator = null;
        while (articles.hasNext()) {
            ReadResult r = articles.next();
            if (annotator == null) {
                annotator = Models.annotator();
            }
            List<SourceError> errors = new ArrayList<>();
            AnnotateStage.Result done = annotating.annotate(annotator, r.article(), errors);
            Article a = done.article();
            Annotation annotation = done.annotation();
            List<FoundMention> found = annotation == null ? null : entities.found(a, annotation, errors);
            List<float[]> vectors;
            try {
                vectors = Models.embedder().embed(GroupStage.embeddedSentences(a));
            } catch (RuntimeException e) {
                vectors = null; // grouping embeds them itself, and fails there as core would
            }
            out.add(new Annotated(a, r.ordinal(), r.inputHash(), annotation, found, vectors, errors));
        }
        return out.iterator();
    }
}
