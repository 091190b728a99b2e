package org.crosscheck.model;

import java.util.List;

/**
 * A sentence of an annotated article.
 *
 * @param index        0-based position in the article
 * @param start        start offset in the article text
 * @param end          end offset, exclusive
 * @param tokens       its tokens
 * @param dependencies its dependency parse, empty when the sentence was not parsed
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies)
        implements java.io.Serializable {

    /** Makes the lists immutable. */
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
    }

    /** Returns true when the sentence carries a dependency parse. */
    public boolean isParsed() {
        return !dependencies.isEmpty();
    }
}
