package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/** Finds which entity a span of an article names. */
final class EntityIndex {

    private record Entry(Mention mention, Entity entity) {
    }

    private final Map<String, List<Entry>> byArticle = new HashMap<>();

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Entry(m, e));
            }
        }
    }

    /** Returns the entity whose mention overlaps the span the most, or null. */
    Entity at(String article, int start, int end) {
        Entity best = null;
        int bestOverlap = 0;
        for (Entry e : byArticle.getOrDefault(article, List.of())) {
            int overlap = Math.min(end, e.mention.end()) - Math.max(start, e.mention.start());
            if (overlap > bestOverlap) {
                best = e.entity;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Returns the mentions of an article in text order. */
    List<Mention> mentions(String article) {
        List<Mention> out = new ArrayList<>();
        byArticle.getOrDefault(article, List.of()).forEach(e -> out.add(e.mention));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Returns the entity of a mention (by identity of offsets), or null. */
    Entity of(Mention m) {
        return at(m.article(), m.start(), m.end());
    }
}
