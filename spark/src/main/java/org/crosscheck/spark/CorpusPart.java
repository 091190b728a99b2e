package org.crosscheck.spark;

import java.io.Serializable;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Story;

/**
 * One of the pieces the corpus step gathers: an extracted article, a resolved entity, a wire copy, duplicate
 * ({@link CopyStep}) or rewrite ({@link PairStep}), an event or story ({@link EventStep}), or a reading error.
 *
 * @param extracted an article, or null
 * @param entity    an entity, or null
 * @param copy      a copy relation found by band or by pair, or null
 * @param event     an event without its summary, or null
 * @param story     a story, or null
 * @param error     a reading error, or null
 * @param ordinal   where the error stands in the corpus (for an error), else null
 */
public record CorpusPart(Extracted extracted, Entity entity, Copy copy, Event event, Story story, SourceError error,
                         Ordinal ordinal) implements Serializable {

    /**
     * Wraps an article.
     *
     * @param e the article
     * @return the part
     */
    static CorpusPart of(Extracted e) {
        return new CorpusPart(e, null, null, null, null, null, null);
    }

    /**
     * Wraps an entity.
     *
     * @param e the entity
     * @return the part
     */
    static CorpusPart of(Entity e) {
        return new CorpusPart(null, e, null, null, null, null, null);
    }

    /**
     * Wraps a copy relation.
     *
     * @param c the copy
     * @return the part
     */
    static CorpusPart of(Copy c) {
        return new CorpusPart(null, null, c, null, null, null, null);
    }

    /**
     * Wraps an event.
     *
     * @param e the event
     * @return the part
     */
    static CorpusPart of(Event e) {
        return new CorpusPart(null, null, null, e, null, null, null);
    }

    /**
     * Wraps a story.
     *
     * @param s the story
     * @return the part
     */
    static CorpusPart of(Story s) {
        return new CorpusPart(null, null, null, null, s, null, null);
    }

    /**
     * Wraps a reading error.
     *
     * @param r the read result holding it
     * @return the part
     */
    static CorpusPart of(ReadResult r) {
        return new CorpusPart(null, null, null, null, null, r.error(), r.ordinal());
    }
}
