package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/**
 * Finds which entity a span of an article names. The speaker finders walk an article's mentions and ask the
 * entity of each, for every candidate in every sentence: the sorted mentions and each mention's entity are kept
 * once found, so that such a walk costs one pass, not one pass per mention (an article with thousands of
 * mentions took seconds per sentence, past its time budget). Not thread-safe: one stage uses it at a time.
 */
final class EntityIndex {

    private record Entry(Mention mention, Entity entity) {
    }

    private final Map<String, List<Entry>> byArticle = new HashMap<>();
    private final Map<String, List<Mention>> sorted = new HashMap<>();
    /** The entity of each mention asked about ({@link #of}); null values are kept too. */
    private final Map<Mention, Entity> ofMention = new HashMap<>();

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Entry(m, e));
            }
        }
    }

    /** Returns the entity whose mention overlaps the span the most (the first one on a tie), or null. */
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

    /** Returns the mentions of an article in text order (unmodifiable). */
    List<Mention> mentions(String article) {
        return sorted.computeIfAbsent(article, a -> {
            List<Mention> out = new ArrayList<>();
            byArticle.getOrDefault(a, List.of()).forEach(e -> out.add(e.mention));
            out.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return List.copyOf(out);
        });
    }

    /** Returns the entity of a mention (the one {@link #at} gives for its span), or null. */
    Entity of(Mention m) {
        if (ofMention.containsKey(m)) {
            return ofMention.get(m);
        }
        Entity e = at(m.article(), m.start(), m.end());
        ofMention.put(m, e);
        return e;
    }
}
