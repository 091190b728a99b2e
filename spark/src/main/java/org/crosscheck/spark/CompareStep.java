package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.crosscheck.compare.CompareStage;
import org.crosscheck.compare.RankedComparison;
import org.crosscheck.compare.StoryParts;
import org.crosscheck.model.Comparison;

/**
 * Comparisons, distributed by story: core's {@link CompareStage} only pairs figures and statements of one
 * story, so each story is compared on its own ({@link CompareStage#compare}), wherever its partition is; a
 * distributed sort by rank then numbers the comparisons {@code c1, c2, …} as core numbers them
 * ({@link CompareStage#numbered}). A task holds the stories of its partition; the largest unit is one story.
 */
public final class CompareStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int parts;

    /**
     * Makes the step.
     *
     * @param parts how many partitions the stories are spread over
     */
    public CompareStep(int parts) {
        this.parts = parts;
    }

    /**
     * Compares every story.
     *
     * @param stories the stories, from {@link CompareStage#stories}
     * @return the comparisons of the corpus, numbered as core numbers them
     */
    public JavaRDD<Comparison> compare(JavaRDD<StoryParts> stories) {
        return stories.repartition(parts).mapPartitions(in -> {
            // one stage a partition: it holds the frame lexicon, which is read once
            CompareStage stage = new CompareStage();
            List<RankedComparison> out = new ArrayList<>();
            in.forEachRemaining(s -> out.addAll(stage.compare(s)));
            return out.iterator();
        }).sortBy(r -> r, true, parts).zipWithIndex().map(t -> t._1().numbered(t._2() + 1));
    }

    /**
     * Compares every story and gives the rows of the comparison tables.
     *
     * @param stories the stories
     * @return the rows of {@code comparisons} and {@code comparison_items}
     */
    public JavaRDD<TableRow> rows(JavaRDD<StoryParts> stories) {
        return compare(stories).flatMap(c -> TableRows.comparison(c).iterator());
    }
}
