package org.crosscheck.app.store;

import java.util.List;

/**
 * What {@link Store#add} did.
 *
 * @param added     store ids of the articles written
 * @param skipped   sources of the articles already stored (same source and content hash)
 * @param regrouped store ids of articles already stored that new events now include
 */
public record AddReport(List<String> added, List<String> skipped, List<String> regrouped) {

    /** Makes the lists immutable. */
    public AddReport {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
        regrouped = List.copyOf(regrouped);
    }
}
