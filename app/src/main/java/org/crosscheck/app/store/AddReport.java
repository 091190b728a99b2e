package org.crosscheck.app.store;

import java.util.List;

/**
 * What {@link Store#add} did.
 *
 * @param added   store ids of the articles written
 * @param skipped sources of the articles already stored (same source and content hash)
 */
public record AddReport(List<String> added, List<String> skipped) {

    /** Makes the lists immutable. */
    public AddReport {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }
}
