package org.crosscheck.model;

import java.util.List;

/**
 * A happening reported by one or more articles.
 *
 * @param id       stable id (e.g. {@code ev2})
 * @param title    a short title made from its sources
 * @param articles ids of the articles that report it
 * @param summary  an extractive summary, every sentence cited
 */
public record Event(String id, String title, List<String> articles, List<CitedSentence> summary)
        implements java.io.Serializable {

    /** Makes the lists immutable. */
    public Event {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
    }
}
