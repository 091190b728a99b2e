package org.crosscheck.model;

import java.util.List;

/**
 * Events on one topic.
 *
 * @param id     stable id (e.g. {@code st1})
 * @param title  a short title
 * @param events ids of its events
 */
public record Story(String id, String title, List<String> events) implements java.io.Serializable {

    /** Makes the list immutable. */
    public Story {
        events = List.copyOf(events);
    }
}
