package org.crosscheck.extract;

import java.io.Serializable;
import java.util.List;

/**
 * The names of one article taken to name one referent, before resolution across articles: the unit that
 * {@link EntityBlocks}' passes compare, and that a distributed run moves between blocks.
 *
 * @param type     PERSON, ORGANIZATION or LOCATION (a one-word "person" that names a place becomes LOCATION)
 * @param mentions the names, in text order
 */
public record NameSet(String type, List<FoundMention> mentions) implements Serializable {

    /**
     * Makes the set, keeping a copy of the names.
     *
     * @param type     the type
     * @param mentions the names
     */
    public NameSet {
        mentions = List.copyOf(mentions);
    }

    NameCluster cluster() {
        NameCluster c = new NameCluster(type);
        mentions.forEach(c::add);
        return c;
    }

    static NameSet of(NameCluster c) {
        return new NameSet(c.type, c.mentions);
    }
}
