package org.crosscheck.model;

import java.util.List;

/**
 * A person, organisation or place, resolved across its mentions in all articles.
 *
 * @param id       stable id (e.g. {@code e7})
 * @param type     PERSON, ORGANIZATION or LOCATION
 * @param name     the canonical (usually fullest) name
 * @param aliases  every other surface form seen, spelling variants included
 * @param mentions every mention with offsets
 */
public record Entity(String id, String type, String name, List<String> aliases, List<Mention> mentions)
        implements java.io.Serializable {

    /** Makes the lists immutable. */
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
