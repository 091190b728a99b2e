package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.SpeechVerbs;
import org.crosscheck.extract.Units;
import org.crosscheck.pipeline.DataFiles;

/**
 * The word lists frames are made from, read once from the data files beside this class: counted things
 * and their sorts, action classes, running-total words, measures named by a thing and words pointing back; unit
 * bases come from {@link Units}. Thread-safe and immutable.
 */
public final class FrameLexicon {

    private static final FrameLexicon ENGLISH = new FrameLexicon("en");
    /** The base unit lengths convert to, as the units data gives it. */
    private static final String LENGTH_BASE = Units.base("kilometres");

    private final Map<String, String[]> things = new HashMap<>();
    private final Map<String, String> actions = new HashMap<>();
    private final java.util.Set<String> actionClasses = new java.util.HashSet<>();
    private final Map<String, String> actionFamilies = new HashMap<>();
    private final List<String> cumulative = new ArrayList<>();
    private final java.util.Set<String> partSorts = new java.util.HashSet<>();
    private final Map<String, String> measuredBy = new HashMap<>();
    private final java.util.Set<String> pointers = new java.util.HashSet<>();
    private final Map<String, Boolean> deadlines = new HashMap<>();
    private final java.util.Set<String> meta = new java.util.HashSet<>();
    private final java.util.Set<String> reporting = new java.util.HashSet<>();
    private final java.util.Set<String> clauseOpeners = new java.util.HashSet<>();
    private final java.util.Set<String> counting = new java.util.HashSet<>();
    private final java.util.Set<String> estimating = new java.util.HashSet<>();
    private final java.util.Set<String> directions = new java.util.HashSet<>();
    private final java.util.Set<String> changes = new java.util.HashSet<>();
    private final java.util.Set<String> placeThings = new java.util.HashSet<>();
    private final Map<String, String> placeActions = new HashMap<>();
    private final java.util.Set<String> states = new java.util.HashSet<>();
    private final Map<String, String> crowds = new HashMap<>();
    private final java.util.Set<String> crowdSizeWords = new java.util.HashSet<>();
    private final java.util.Set<String> pastQualifiers = new java.util.HashSet<>();
    private final java.util.Set<String> additionalWords = new java.util.HashSet<>();
    private final java.util.Set<String> happenings = new java.util.HashSet<>();

    private FrameLexicon(String language) {
        for (String[] row : rows("things-" + language + ".tsv")) {
            things.put(row[0], new String[] {row[1], row.length > 2 && !row[2].isBlank() ? row[2] : null});
            if (row.length > 3 && row[3].equals("part")) {
                partSorts.add(row[2]);
            }
        }
        rows("actions-" + language + ".tsv").forEach(row -> actions.put(row[0], row[1]));
        actionClasses.addAll(actions.values());
        rows("action-families-" + language + ".tsv").forEach(row -> actionFamilies.put(row[0], row[1]));
        rows("cumulative-" + language + ".txt").forEach(row -> cumulative.add(row[0]));
        rows("measured-by-" + language + ".tsv").forEach(row -> measuredBy.put(row[0], row[1]));
        rows("pointers-" + language + ".txt").forEach(row -> pointers.add(row[0]));
        rows("deadlines-" + language + ".txt")
                .forEach(row -> deadlines.put(row[0], row.length > 1 && row[1].equals("future")));
        rows("meta-nouns-" + language + ".txt").forEach(row -> meta.add(row[0]));
        rows("reporting-verbs-" + language + ".txt").forEach(row -> reporting.add(row[0]));
        rows("estimate-verbs-" + language + ".txt").forEach(row -> estimating.add(row[0]));
        rows("count-verbs-" + language + ".txt").forEach(row -> counting.add(row[0]));
        rows("directions-" + language + ".txt").forEach(row -> directions.add(row[0]));
        rows("clause-openers-" + language + ".txt").forEach(row -> clauseOpeners.add(row[0]));
        rows("place-things-" + language + ".txt").forEach(row -> placeThings.add(row[0]));
        rows("place-actions-" + language + ".tsv").forEach(row -> placeActions.put(row[0], row[1]));
        rows("states-" + language + ".txt").forEach(row -> states.add(row[0]));
        rows("crowd-nouns-" + language + ".tsv").forEach(row -> crowds.put(row[0], row[1]));
        rows("crowd-size-words-" + language + ".txt").forEach(row -> crowdSizeWords.add(row[0]));
        rows("past-qualifiers-" + language + ".txt").forEach(row -> pastQualifiers.add(row[0]));
        rows("additional-words-" + language + ".txt").forEach(row -> additionalWords.add(row[0]));
        rows("happenings-" + language + ".txt").forEach(row -> happenings.add(row[0]));
        // the figure finder's verbs of change ("fell from $1,200 to $1,140"), shared, not copied
        DataFiles.rows(org.crosscheck.extract.Units.class, "changes-" + language + ".txt")
                .forEach(row -> changes.add(row[0]));
    }

    /** Returns the English lexicon. */
    public static FrameLexicon english() {
        return ENGLISH;
    }

    /**
     * Returns the thing a word names.
     *
     * @param lemma a lower-case lemma
     * @return the thing, or null when the word is not listed
     */
    public String thing(String lemma) {
        String[] t = things.get(lemma);
        return t == null ? null : t[0];
    }

    /**
     * Returns the sort of people a word names.
     *
     * @param lemma a lower-case lemma
     * @return the sort ("military", "people" …), or null for things and unlisted words
     */
    public String sort(String lemma) {
        String[] t = lemma == null ? null : things.get(lemma);
        return t == null ? null : t[1];
    }

    /**
     * Tells whether a sort of people is reported as a part of a count ("children", "women").
     *
     * @param sort a sort from {@link #sort(String)}
     * @return true when a plain "people" count is not the same quantity as a count of this sort
     */
    public boolean isPart(String sort) {
        return partSorts.contains(sort);
    }

    /**
     * Returns the action class of a word.
     *
     * @param lemma a lower-case lemma, or a verb and its particle ("shoot down")
     * @return the class, or null when the word is not listed
     */
    public String action(String lemma) {
        return actions.get(lemma);
    }

    /**
     * Tells whether a word is one of the lexicon's action classes, as opposed to an unlisted verb kept as its own
     * lemma.
     *
     * @param action an action as a frame holds it
     * @return true when the lexicon lists it as a class
     */
    public boolean isActionClass(String action) {
        return actionClasses.contains(action);
    }

    /**
     * Returns the action class a verb has when what it acts on is a place ("captured dozens of towns" is captured,
     * "captured 30 soldiers" detained).
     *
     * @param action an action class, or null
     * @param head   the counted noun's lemma, or null
     * @return the class said of places when the head is a place, else the action as given
     */
    public String actionOn(String action, String head) {
        return action != null && head != null && placeThings.contains(head)
                ? placeActions.getOrDefault(action, action) : action;
    }

    /**
     * Tells whether two action classes tell one happening at different strengths ("damaged", "destroyed").
     *
     * @param a an action class
     * @param b another
     * @return true when they are equal or of one family
     */
    public boolean sameHappening(String a, String b) {
        return a.equals(b) || actionFamilies.containsKey(a) && actionFamilies.get(a).equals(actionFamilies.get(b));
    }

    /**
     * Tells whether a verb reports speech, so that a date beside it dates the saying.
     *
     * @param lemma a lower-case lemma
     * @return true for verbs of saying
     */
    public boolean isSpeech(String lemma) {
        return SpeechVerbs.english().contains(lemma);
    }

    /** Returns the words that mark a running total, lower case, longest first. */
    public List<String> cumulativeWords() {
        return cumulative.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * Returns the measure a number gives of a thing it stands before in the singular ("a 5.2 quake" is its
     * magnitude).
     *
     * @param lemma a lower-case lemma
     * @return the measure's word ("magnitude"), or null when the word is not listed
     */
    public String measuredBy(String lemma) {
        return measuredBy.get(lemma);
    }

    /**
     * Tells whether a word opening a sentence points back to what the sentence before told of ("That quake
     * killed …"), so that the sentence holds at that one's time.
     *
     * @param lemma a lower-case lemma
     * @return true for a pointing word
     */
    public boolean pointsBack(String lemma) {
        return pointers.contains(lemma);
    }

    /**
     * Tells whether a word opens a clause that sets another claim beside the one before it ("while", "but").
     *
     * @param lemma a lower-case lemma
     * @return true for such conjunctions
     */
    public boolean opensClause(String lemma) {
        return clauseOpeners.contains(lemma);
    }

    /**
     * Tells whether a word before a date makes it a window's end or a target ("through 2012", "by 2014").
     *
     * @param lemma  a lower-case lemma
     * @param future whether the date lies after the article's date (false when that is unknown)
     * @return true for such words; for a word that is a deadline only of a future date ("by"), only when
     *         {@code future}
     */
    public boolean isDeadline(String lemma, boolean future) {
        Boolean onlyFuture = deadlines.get(lemma);
        return onlyFuture != null && (future || !onlyFuture);
    }

    /**
     * Tells whether a noun names a figure rather than what it counts ("the government's figure of 12,000",
     * "the total"), so that the counted thing stays unstated.
     *
     * @param lemma a lower-case lemma
     * @return true for such a noun
     */
    public boolean isMeta(String lemma) {
        return meta.contains(lemma);
    }

    /**
     * Tells whether a verb tells nothing of what happened to the counted thing: it links, reports, estimates
     * or counts it ("stands at", "has counted", "were known to have died").
     *
     * @param lemma a lower-case lemma
     * @return true for such a verb
     */
    public boolean isReporting(String lemma) {
        return reporting.contains(lemma);
    }

    /**
     * Tells whether a verb gives a figure as its subject's estimate ("put the toll at 23").
     *
     * @param lemma a lower-case lemma
     * @return true for such a verb
     */
    public boolean isEstimating(String lemma) {
        return estimating.contains(lemma);
    }

    /**
     * Tells whether a verb gives the number it takes as its object as its subject's own count ("the union has
     * counted 14 journalists detained").
     *
     * @param lemma a lower-case lemma
     * @return true for such a verb
     */
    public boolean isCounting(String lemma) {
        return counting.contains(lemma);
    }

    /**
     * Tells whether a verb tells a change of value ("rose", "fell"), after which "from" gives the old value.
     *
     * @param lemma a lower-case lemma
     * @return true for a verb of change
     */
    public boolean isChange(String lemma) {
        return changes.contains(lemma);
    }

    /**
     * Tells whether an action class tells a state, not a happening ("inhabited"): no happening caused it and
     * within one story's coverage it does not move.
     *
     * @param action an action class, may be null
     * @return true for a state
     */
    public boolean isState(String action) {
        return states.contains(action);
    }

    /**
     * Returns the action class of the size of a gathering a noun names ("crowd", "march" -> "gathered").
     *
     * @param lemma a lower-case lemma, may be null
     * @return the action class, or null when the noun names no gathering of people
     */
    public String crowdAction(String lemma) {
        return crowds.get(lemma);
    }

    /**
     * Tells whether a word between a number and a gathering makes the number its size ("200-person crowd").
     *
     * @param lemma a lower-case lemma
     * @return true for such a word
     */
    public boolean isCrowdSizeWord(String lemma) {
        return crowdSizeWords.contains(lemma);
    }

    /**
     * Tells whether a measure's qualifiers narrow it to happenings before the story's own ("four prior arrests").
     *
     * @param qualifiers a measure's qualifiers, lower case
     * @return true when one of them is such a word
     */
    public boolean isPast(java.util.List<String> qualifiers) {
        return qualifiers.stream().anyMatch(pastQualifiers::contains);
    }

    /**
     * Tells whether a counted thing is a happening itself ("aftershocks"), whose count needs no verb.
     *
     * @param thing a counted thing, may be null
     * @return true for such a thing
     */
    public boolean isHappening(String thing) {
        return happenings.contains(thing);
    }

    /**
     * Tells whether a word writes a count as more beside another ("another 700", "three other people").
     *
     * @param lemma a lower-case lemma
     * @return true for such a word
     */
    public boolean isAdditional(String lemma) {
        return additionalWords.contains(lemma);
    }

    /**
     * Tells whether a word names a direction from a place ("35 miles southwest of Bandar Abbas").
     *
     * @param lemma a lower-case lemma
     * @return true for a compass direction or a word of distance from a place
     */
    public boolean isDirection(String lemma) {
        return directions.contains(lemma);
    }

    /**
     * Returns the base unit of a unit.
     *
     * @param unit the unit as the figure finder writes it, may be null
     * @return the base unit ({@link Units#base(String)}), or null for a count
     */
    public String baseUnit(String unit) {
        return Units.base(unit);
    }

    /**
     * Returns the unit a measure word names, when units list it ("magnitude").
     *
     * @param word a lower-case word, may be null
     * @return the unit's name, or null
     */
    public String unitNamed(String word) {
        return Units.of(word).map(Units.Unit::name).orElse(null);
    }

    /**
     * Tells whether a unit measures time, so that its figure is a duration.
     *
     * @param unit a unit name, may be null
     * @return true for seconds, days, years …
     */
    public boolean isDuration(String unit) {
        return Units.of(unit).map(u -> u.dimension().equals("time")).orElse(false);
    }

    /**
     * Tells whether a unit measures length, so that its figure may be a distance from a place.
     *
     * @param unit a unit name or the base of lengths, may be null
     * @return true for kilometres, miles, metres, "km" …
     */
    public boolean isLength(String unit) {
        return unit != null && (unit.equals(LENGTH_BASE)
                || Units.of(unit).map(u -> u.dimension().equals("length")).orElse(false));
    }

    /**
     * Returns the factor from a unit to its base.
     *
     * @param unit the unit as the figure finder writes it, may be null
     * @return the factor, 1 for a count or an unknown unit
     */
    public double toBase(String unit) {
        Double f = Units.toBase(1.0, unit);
        return f == null ? 1 : f;
    }

    private static List<String[]> rows(String name) {
        return DataFiles.rows(FrameLexicon.class, name);
    }
}
