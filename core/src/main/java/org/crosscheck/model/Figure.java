package org.crosscheck.model;

/**
 * A number reported about the events, with what it counts and who claims it.
 *
 * @param id        stable id (e.g. {@code f3})
 * @param article   the article id
 * @param start     start of the figure's text (hedge and number) in the article text
 * @param end       end, exclusive
 * @param kind      killed, injured, missing, detained, displaced, forces, territory, munitions, money or other
 * @param value     the number, or null for a vague amount ("dozens") or a range
 * @param low       lower end of a range or vague amount, or null
 * @param high      upper end of a range or vague amount, or null
 * @param hedge     the qualifying words as written ("at least"), or null when exact
 * @param unit      unit of measure ("square kilometres", "USD"), or null for a count
 * @param counted   what is counted ("civilians killed"), or null
 * @param place     where, as stated, or null
 * @param time      when, as stated, or null
 * @param claimant  who claims it; null means the outlet's own narration
 * @param statement id of the statement that contains the figure, or null
 */
public record Figure(String id, String article, int start, int end, String kind, Double value, Double low,
                     Double high, String hedge, String unit, String counted, String place, String time,
                     Speaker claimant, String statement) {
}
