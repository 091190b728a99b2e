package org.crosscheck.group;

import java.io.Serializable;
import java.util.Set;

/**
 * What finding wire copies and duplicates needs of one article ({@link CopyCandidates}): its word 5-gram
 * shingles and what decides which of two articles is the original. Far smaller than the article, so a
 * distributed run can send it to every MinHash band it falls in.
 *
 * @param id        article id
 * @param outlet    outlet name, lower case, or "" when unknown
 * @param published publication time as written, or null
 * @param credited  the outlets it credits, lower case
 * @param shingles  hashes of its word 5-grams
 */
public record ShingleCard(String id, String outlet, String published, Set<String> credited, Set<Long> shingles)
        implements Serializable {

    /**
     * Makes the card, keeping copies.
     *
     * @param id        article id
     * @param outlet    outlet name, lower case
     * @param published publication time
     * @param credited  credited outlets
     * @param shingles  shingle hashes
     */
    public ShingleCard {
        credited = Set.copyOf(credited);
        shingles = Set.copyOf(shingles);
    }
}
