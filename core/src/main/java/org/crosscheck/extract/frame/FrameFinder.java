package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Sentence;

/**
 * Makes the frame of one figure from its sentence: the counted thing ({@link CountedThing}), what happened
 * to it ({@link ActionFinder}), the unit's base, and the place ({@link PlaceScope}) and time ({@link
 * TimeScope}) it holds for; and reads whose figure its words say it is ({@link ClaimWords}).
 */
final class FrameFinder {

    private static final java.util.Set<String> GENERIC_MODALS = java.util.Set.of("can", "could", "may", "might");
    private static final int MOVE_BACK = 8;
    /** The plainest counted thing, which the size of a gathering counts. */
    private static final String PEOPLE = "people";
    /** The thing a distance from a named place measures, before the place. */
    private static final String DISTANCE = "distance from ";
    /** The thing one side of a score or a record measures. */
    private static final String RESULT = "result";
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "\u2014");

    private final FrameLexicon lexicon;
    private final CountedThing things;
    private final ActionFinder actions;
    private final TimeScope times;
    private final PlaceScope places;
    private final ClaimWords claimWords;
    private final DistanceAnchor anchors;

    FrameFinder(FrameLexicon lexicon) {
        this.lexicon = lexicon;
        this.things = new CountedThing(lexicon);
        this.places = new PlaceScope(lexicon);
        this.actions = new ActionFinder(lexicon);
        this.times = new TimeScope(lexicon);
        this.claimWords = new ClaimWords(lexicon);
        this.anchors = new DistanceAnchor(lexicon);
    }

    /** The lexicon the frames are read with. */
    FrameLexicon lexicon() {
        return lexicon;
    }

    /**
     * The article a figure belongs to, as the frame needs it.
     *
     * @param text          the article text
     * @param published     its publication date (ISO), or null
     * @param year          its year (published, else the year its dates name most), or null
     * @param entityAtStart entity ids of its mentions by start offset
     */
    record Context(String text, String published, String year, Map<Integer, String> entityAtStart) {
    }

    /**
     * Frames a figure.
     *
     * @param figure   the figure
     * @param sentence the sentence that holds it
     * @param previous the sentence before it, or null
     * @param context  its article
     * @return the figure with measure and scope; unchanged when its words are not among the sentence's tokens
     */
    Figure frame(Figure figure, Sentence sentence, Sentence previous, Context context) {
        Span span = Span.of(sentence.tokens(), figure.start(), figure.end());
        if (span == null) {
            return figure;
        }
        Measure measure = measure(figure, span, context.text());
        PlaceScope.Found place = places.find(span, context.text());
        TimeScope.Found time = times.find(span, previous == null ? null : previous.tokens(), context.text(),
                context.published(), context.year());
        Scope scope = new Scope(place.written(), PlaceScope.entity(place, context.entityAtStart()), time.written(),
                time.date(), time.cumulative());
        Figure framed = figure.withFrame(measure, scope, null);
        return casualtyByVerb(figure, measure) ? framed.withKind(measure.action()) : framed;
    }

    /**
     * The frame's casualty verb tells the kind the words nearest the number did not: "three people, a man and two
     * women, were killed" (found past the aside), "killed more than 31,000 in the city of Bam" (a count of no
     * stated thing is no territory because "city" stands nearer than "killed").
     */
    private static boolean casualtyByVerb(Figure figure, Measure measure) {
        if (measure.action() == null || !Figure.PEOPLE_KINDS.contains(measure.action())) {
            return false;
        }
        return "other".equals(figure.kind())
                || "territory".equals(figure.kind()) && figure.unit() == null && measure.thing() == null;
    }

    /**
     * Reads what the words right before a figure say of whose it is ({@link ClaimWords}).
     *
     * @param figure   the figure
     * @param sentence the sentence that holds it
     * @param context  its article
     * @return whether it restates the count before it, its owner and its estimator
     */
    ClaimWords.Found claimWords(Figure figure, Sentence sentence, Context context) {
        return claimWords.find(figure, sentence, context);
    }

    /**
     * What a figure measures. A magnitude, a depth or a share is a property of what the verb tells of ("a 5.6
     * quake hit"), and a duration how long something lasted ("sparked six days of rioting"): neither is what
     * happened to a counted thing, so they have no action.
     */
    private Measure measure(Figure figure, Span span, String text) {
        if (resultHalf(span)) {
            // "a 13 - 3 halftime lead", "Duke (13-1)": one side of a score or a record, never a count of anything
            return new Measure(RESULT, RESULT, null, List.of(), null, null, null);
        }
        CountedThing.Found counted = things.find(span);
        // a unit that is a measure says what is measured, whatever noun is near ("a force of 6.0 on the Richter scale")
        String head = "measure".equals(lexicon.sort(figure.unit())) ? figure.unit() : counted.head();
        // "a 5.2 quake" names no unit, "a magnitude 5.2 quake" does: both are in the measure's unit
        String unit = figure.unit() == null && "measure".equals(lexicon.sort(head)) ? lexicon.unitNamed(head)
                : figure.unit();
        String sort = lexicon.isDuration(unit) ? "measure" : head == null ? null : lexicon.sort(head);
        String action = "measure".equals(sort) ? null : lexicon.actionOn(actions.find(span, counted), head);
        String thing = thingOf(head);
        if (things.crowdSize(span, counted)) {
            // "a crowd of 5,000", "the 200-person crowd became unruly": how many gathered, whatever the crowd did
            thing = lexicon.thing(PEOPLE);
            sort = lexicon.sort(PEOPLE);
            action = lexicon.crowdAction(head);
        }
        List<String> qualifiers = new ArrayList<>(counted.qualifiers());
        if (thing != null && lexicon.thing(head) == null && nationality(span, counted.headIndex())) {
            // "68 per cent of Greeks": a nation's people, narrowed by the nation
            qualifiers.add(head);
            thing = "people";
            sort = "people";
        }
        if (additional(span)) {
            qualifiers.add(Measure.ADDITIONAL);
        }
        if (generic(span, counted.headIndex())) {
            qualifiers.add(Measure.GENERIC);
        }
        if (movedFrom(span)) {
            qualifiers.add(Measure.EARLIER);
        }
        String base = lexicon.baseUnit(unit);
        if (base != null && !"measure".equals(sort) && place(span, counted.headIndex())) {
            // "340 square kilometres of the Kessel valley": the phrase names where, not what is measured
            thing = null;
            sort = null;
        }
        String anchor = lexicon.isLength(unit) ? anchors.find(span, text) : null;
        if (anchor != null) {
            // "35 miles southwest of Bandar Abbas": the distance from that place is what is measured
            thing = DISTANCE + anchor.toLowerCase(java.util.Locale.ROOT);
            return new Measure(DISTANCE + anchor, thing, Measure.DISTANCE, qualifiers, null, base, lexicon.toBase(unit));
        }
        return new Measure(text(counted, action, figure), thing, sort, qualifiers, action, base,
                base == null ? null : lexicon.toBase(unit));
    }

    /** A number joined by a dash to another number that is no part of its figure: one side of a result. */
    private static boolean resultHalf(Span span) {
        boolean after = DASHES.contains(span.word(span.to())) && span.pos(span.to() + 1).equals("CD");
        boolean before = DASHES.contains(span.word(span.from() - 1)) && span.pos(span.from() - 2).equals("CD");
        return after || before;
    }

    /**
     * The counted thing a head word names: its lexicon thing, else the word; none for a noun that names a figure
     * ("the total") or what happened ("the death toll", "three deaths").
     */
    private String thingOf(String head) {
        if (head == null || lexicon.isMeta(head)) {
            return null;
        }
        String listed = lexicon.thing(head);
        return listed != null ? listed : lexicon.action(head) != null ? null : head;
    }

    /**
     * A plural proper noun that names no place, organisation or person: a nation's or a group's people
     * ("Greeks", "Canadians", "Democrats"), which the annotator tags as a nationality, miscellaneous or nothing.
     */
    private static boolean nationality(Span span, int head) {
        String ner = span.ner(head);
        return head >= 0 && span.pos(head).equals("NNPS")
                && (ner.equals("O") || ner.equals("NATIONALITY") || ner.equals("MISC"));
    }

    /** A counted phrase that names a place: its head or the word before it is tagged as one. */
    private static boolean place(Span span, int head) {
        return head >= 0
                && (PlaceScope.PLACES.contains(span.ner(head)) || PlaceScope.PLACES.contains(span.ner(head - 1)));
    }

    /** "another 700", "three other people", "four more bodies": a count written as more beside another. */
    private boolean additional(Span span) {
        for (int i = span.from() - 1; i <= span.to(); i++) {
            if (lexicon.isAdditional(span.lemma(i))
                    || i > span.from() && span.lemma(i).equals("more") && !span.lemma(i + 1).equals("than")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A magnitude 6 quake can cause severe damage": a figure inside an indefinite singular noun phrase whose
     * clause goes on with "can", "could", "may" or "might" tells what any such thing may do, not what happened.
     */
    private static boolean generic(Span span, int head) {
        // the article stands before the number, or before a measure word and hyphen ("a magnitude - 6.0 quake")
        int article = span.from() - 1;
        for (int k = 0; k < 2 && article >= 0
                && (span.pos(article).startsWith("NN") || span.word(article).equals("-")); k++) {
            article--;
        }
        boolean indefinite = article >= 0 && (span.lemma(article).equals("a") || span.lemma(article).equals("an"));
        if (!indefinite || head < span.to() || !span.pos(head).equals("NN")) {
            return false;
        }
        for (int i = head + 1; i < Math.min(span.tokens().size(), head + 4); i++) {
            if (span.clauseBreak(i) || span.word(i).equals(",")) {
                return false;
            }
            if (span.pos(i).equals("MD")) {
                return GENERIC_MODALS.contains(span.lemma(i));
            }
        }
        return false;
    }

    /**
     * "has risen to 23, up from nine", "fell to 40 from 52": the value a count moved from, read past a hedge
     * ("up from at least nine").
     */
    private boolean movedFrom(Span span) {
        int i = span.from() - 1;
        while (i >= 0 && (span.pos(i).startsWith("RB") || span.pos(i).startsWith("JJ") || span.pos(i).equals("IN")
                && !span.lemma(i).equals("from"))) {
            i--;
        }
        if (i < 0 || !span.lemma(i).equals("from")) {
            return false;
        }
        String before = span.lemma(i - 1);
        if (before.equals("up") || before.equals("down")) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - MOVE_BACK); k--) {
            if (span.clauseBreak(k)) {
                return false;
            }
            if (span.pos(k).startsWith("VB") && lexicon.isChange(span.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** The measure in words: the counted phrase as written and the action, or the figure's kind. */
    private static String text(CountedThing.Found counted, String action, Figure figure) {
        List<String> words = new ArrayList<>();
        if (counted.written() != null) {
            words.add(counted.written());
        }
        if (action != null && (counted.written() == null || !counted.written().toLowerCase().contains(action))) {
            words.add(action);
        }
        if (words.isEmpty()) {
            words.add(figure.unit() != null ? figure.unit() : figure.kind());
        }
        return String.join(" ", words);
    }
}
