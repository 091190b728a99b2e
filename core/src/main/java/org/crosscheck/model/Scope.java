package org.crosscheck.model;

/**
 * Where and when a figure holds.
 *
 * @param place      the place nearest the figure in its sentence, as written, or null
 * @param entity     the id of the entity that place resolves to, or null
 * @param time       the time words nearest the figure as written ("on Thursday", "overnight"), or null
 * @param date       the time normalised: an ISO date, month or year ("2024-08-06", "2003"), a weekday or
 *                   part of day pattern ("XXXX-WXX-4") when the article's date is unknown, or null
 * @param cumulative true for a running total ("since the start of the war", "so far", "in total"), false for
 *                   a count of one incident or of an unstated span
 */
public record Scope(String place, String entity, String time, String date, boolean cumulative)
        implements java.io.Serializable {
}
