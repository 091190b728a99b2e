package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FoundMention;
import org.crosscheck.model.Entity;

/**
 * Entity resolution across articles: core's {@link EntityStage#resolve} over the names of every article, in
 * corpus order. It runs in one task (the job gives it one partition); the task holds the names only (type,
 * offsets, text: tens of bytes a name), never texts or annotations. Splitting it by name key is the next step
 * (see docs/SCALE.md): the resolver's cross-article passes (mistagged places, short and contained
 * organisation names) look at all names of a type.
 */
public final class EntityStep implements FlatMapFunction<Iterator<FoundNames>, Entity> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Entity> call(Iterator<FoundNames> names) {
        List<FoundNames> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        all.sort(Comparator.comparing(FoundNames::ordinal));
        Map<String, List<FoundMention>> byArticle = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (FoundNames n : all) {
            byArticle.put(n.article(), n.found());
            order.add(n.article());
        }
        return EntityStage.resolve(byArticle, order).iterator();
    }
}
