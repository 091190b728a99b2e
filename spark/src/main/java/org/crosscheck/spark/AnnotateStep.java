package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FoundMention;
import org.crosscheck.group.GroupStage;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Guard;

/**
 * Executor side of annotate and the first half of entity resolution: each article of a partition is annotated
 * with the JVM's CoreNLP ({@link Models}), its names are found ({@link EntityStage#found}), and the sentences
 * grouping will compare are embedded with the JVM's MiniLM. A failure is the article's error, under core's
 * stage names and messages ({@link Guard}).
 */
public final class AnnotateStep implements FlatMapFunction<Iterator<ReadResult>, Annotated> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Annotated> call(Iterator<ReadResult> articles) {
        List<Annotated> out = new ArrayList<>();
        Annotator annotator = null;
        while (articles.hasNext()) {
            ReadResult r = articles.next();
            Article a = r.article();
            if (annotator == null) {
                annotator = Models.annotator();
            }
            Annotator model = annotator;
            List<SourceError> errors = new ArrayList<>();
            Annotation annotation = Guard.perArticle("annotating", a, errors, () -> model.annotate(a), null);
            List<FoundMention> found = annotation == null ? null
                    : Guard.perArticle("entities", a, errors, () -> EntityStage.found(a, annotation), List.of());
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
