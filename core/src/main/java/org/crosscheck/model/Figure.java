package org.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

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
 * @param measure   what the figure measures, normalised for comparison, or null before frames are found
 * @param scope     where and when it holds, or null before frames are found
 * @param aliasOf   id of the figure this one restates in another unit inside the same report ("2,600 square
 *                  kilometres (1,000 square miles)"), or null: an alias is never a second source
 */
public record Figure(String id, String article, int start, int end, String kind, Double value, Double low,
                     Double high, String hedge, String unit, String counted, String place, String time,
                     Speaker claimant, String statement, Measure measure, Scope scope,
                     @JsonProperty("alias_of") String aliasOf) implements java.io.Serializable {

    /** The kinds that count people and say what happened to them; each is also an action class of a frame. */
    public static final java.util.Set<String> PEOPLE_KINDS =
            java.util.Set.of("killed", "injured", "missing", "detained", "displaced");

    /** A figure whose frame is not known yet. */
    public Figure(String id, String article, int start, int end, String kind, Double value, Double low, Double high,
                  String hedge, String unit, String counted, String place, String time, Speaker claimant,
                  String statement) {
        this(id, article, start, end, kind, value, low, high, hedge, unit, counted, place, time, claimant, statement,
                null, null, null);
    }

    /**
     * Returns this figure with another claimant.
     *
     * @param speaker the claimant, or null for the outlet's narration
     * @return the figure
     */
    public Figure withClaimant(Speaker speaker) {
        return new Figure(id, article, start, end, kind, value, low, high, hedge, unit, counted, place, time, speaker,
                statement, measure, scope, aliasOf);
    }

    /**
     * Returns this figure with another kind.
     *
     * @param kind the kind
     * @return the figure
     */
    public Figure withKind(String kind) {
        return new Figure(id, article, start, end, kind, value, low, high, hedge, unit, counted, place, time, claimant,
                statement, measure, scope, aliasOf);
    }

    /**
     * Returns this figure with its frame.
     *
     * @param measure what it measures
     * @param scope   where and when it holds
     * @param aliasOf the figure it restates in another unit, or null
     * @return the figure
     */
    public Figure withFrame(Measure measure, Scope scope, String aliasOf) {
        return new Figure(id, article, start, end, kind, value, low, high, hedge, unit, counted, place, time, claimant,
                statement, measure, scope, aliasOf);
    }
}
