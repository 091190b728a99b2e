package org.crosscheck.group;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product measures closeness of meaning. */
public interface Embedder {

    /**
     * Embeds texts.
     *
     * @param texts sentences or short passages
     * @return one unit vector per text, in order
     */
    List<float[]> embed(List<String> texts);
}
