package org.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a figure measures, normalised so that two outlets' wordings of one quantity compare equal.
 *
 * @param text       the measure in words, made from the parts below ("Velmoran soldiers executed")
 * @param thing      the counted thing's head, singular and with near-synonyms merged ("soldier" for troops,
 *                   soldiers and servicemen), or null when nothing is counted by name
 * @param sort       the class of the counted thing from the lexicon ("military", "civilian", "people" for any
 *                   person; "measure" for a property such as a magnitude or a duration), or null when the thing
 *                   is not in the lexicon
 * @param qualifiers words that narrow the thing ("velmoran", "pregnant"), lower case; {@value #ADDITIONAL} when
 *                   the count is written as one more beside another ("another 1,000", "five more"); {@value
 *                   #GENERIC} when the figure tells of any such thing, not of one that happened ("a magnitude 6
 *                   quake can cause severe damage"); {@value #EARLIER} when it is the value a count moved from
 *                   ("has risen to 23, up from nine")
 * @param action     what happened to it, as an action class ("killed", "injured", "evacuated", "launched"),
 *                   or null when no verb or noun tells
 * @param baseUnit   the unit the value converts to ("km2", "km", "kg"), the ISO code for money, or null for
 *                   a plain count
 * @param toBase     factor from the figure's unit to {@code baseUnit} (1 for money and plain counts)
 */
public record Measure(String text, String thing, String sort, List<String> qualifiers, String action,
                      @JsonProperty("base_unit") String baseUnit, @JsonProperty("to_base") Double toBase)
        implements java.io.Serializable {

    /** The qualifier of a count written as one more beside another. */
    public static final String ADDITIONAL = "another";

    /** The qualifier of a figure that tells of any such thing rather than of one that happened. */
    public static final String GENERIC = "any";

    /** The qualifier of the value a count moved from ("up from nine"). */
    public static final String EARLIER = "before";

    /**
     * The qualifier of money priced in another currency at a rate its story's own restatements give ("€110bn
     * ($141bn)"): comparison only, never written to a dossier.
     */
    public static final String CONVERTED = "converted";

    /**
     * The qualifier of a number written to a scale word ("22.4 billion", "€3bn"), rounded to its last written
     * digit; a number without it states every digit ("600", "100,000"): comparison only, never written to a
     * dossier.
     */
    public static final String ROUNDED = "rounded";

    /** The sort of a distance from a named place ("35 miles southwest of Bandar Abbas"): one fixed quantity. */
    public static final String DISTANCE = "distance";

    /** The qualifiers that mark how a figure is told rather than narrow its thing. */
    public static final List<String> MARKS = List.of(ADDITIONAL, GENERIC, EARLIER, CONVERTED, ROUNDED);

    /** Makes the list immutable. */
    public Measure {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
    }

    /** Returns true when the count is written as one more beside another ("another 1,000"). */
    @JsonIgnore
    public boolean isAdditional() {
        return qualifiers.contains(ADDITIONAL);
    }

    /** Returns true when the figure is the value a count moved from ("up from nine"). */
    @JsonIgnore
    public boolean isEarlier() {
        return qualifiers.contains(EARLIER);
    }

    /** Returns true when the figure's base is another currency, at an approximate rate. */
    @JsonIgnore
    public boolean isConverted() {
        return qualifiers.contains(CONVERTED);
    }

    /** Returns true when the number is written to a scale word, so rounded to its last written digit. */
    @JsonIgnore
    public boolean isRounded() {
        return qualifiers.contains(ROUNDED);
    }

    /** Returns true when the figure tells of any such thing ("a magnitude 6 quake can …"), not of a happening. */
    @JsonIgnore
    public boolean isGeneric() {
        return qualifiers.contains(GENERIC);
    }
}
