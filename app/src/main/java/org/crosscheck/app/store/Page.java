package org.crosscheck.app.store;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items  the records on this page
 * @param offset index of the first record in the whole list
 * @param limit  the page size asked for
 * @param total  how many records the whole list has
 * @param <T>    the record type
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /** Makes the list immutable. */
    public Page {
        items = List.copyOf(items);
    }
}
