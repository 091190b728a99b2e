package org.crosscheck.spark;

import java.io.Serializable;
import java.util.Set;
import org.crosscheck.extract.NameSet;

/**
 * A name set as a block of entity resolution's later passes sees it: where it stands in the corpus, the
 * component the passes before put it in, and (for the contained-name pass) its content words.
 *
 * @param id        the set's place in the corpus (see {@link EntityStep}); orders a block as core orders it
 * @param set       the names
 * @param component the least id of its component so far
 * @param words     its content words, or null before the contained-name pass
 */
record BlockMember(long id, NameSet set, long component, Set<String> words) implements Serializable {
}
