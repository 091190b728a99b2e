package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds what a figure counts: the noun after the number ("nine captured Velmoran troops"; "three of the
 * victims"), or the noun it belongs to before it ("a magnitude 5.6 quake", "the death toll rose to 10"),
 * with the words that narrow it, or the object of a verb that estimates it ("put the magnitude at 6.1"). A
 * word the action list knows ("10 dead", "wounded soldiers") is left to {@link ActionFinder}; a direction
 * ("35 miles southwest of …") names no thing. Precondition: tokens carry part of speech, lemma and NER tags.
 */
final class CountedThing {

    private static final Set<String> NOUN_RUN = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "HYPH");
    private static final Set<String> LINKS = Set.of("rise", "reach", "stand", "be", "climb", "increase", "jump",
            "grow", "top", "hit", "exceed", "surpass", "total", "number");
    private static final int MAX_RUN = 5;
    private static final int LOOK_BACK = 6;
    private static final int SUBJECT_BACK = 15;
    private static final Found NONE = new Found(null, -1, List.of(), null);

    /**
     * The counted thing of a figure.
     *
     * @param head       the head word's lemma (lower case), or null
     * @param headIndex  the head's token index, or -1
     * @param qualifiers other words of the noun phrase, lower-case lemmas
     * @param written    the noun phrase as written, or null
     */
    record Found(String head, int headIndex, List<String> qualifiers, String written) {
    }

    private final FrameLexicon lexicon;

    CountedThing(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Finds the counted thing of a figure.
     *
     * @param span the figure's tokens
     * @return what it counts; head null when no noun tells
     */
    Found find(Span span) {
        Found estimated = estimated(span);
        if (lexicon.crowdAction(estimated.head()) != null) {
            // "police put the march at roughly 30,000 people": the people are the march's size
            return estimated;
        }
        Found after = after(span);
        if (after.head() != null) {
            return after;
        }
        if (estimated.head() != null) {
            return estimated;
        }
        Found before = before(span);
        return before.head() != null ? before : measureNear(span);
    }

    /**
     * The object of a verb that gives the number as an estimate of it, when the lexicon knows it: "the survey
     * puts the magnitude at 6.1", "put the quake's magnitude at 5.9", "put the death toll at 23".
     */
    private Found estimated(Span s) {
        int at = s.from() - 1;
        while (at >= 0 && (s.pos(at).startsWith("RB") || s.pos(at).startsWith("JJ"))) {
            at--;
        }
        if (at < 0 || !s.lemma(at).equals("at")) {
            return NONE;
        }
        boolean aside = false;
        for (int v = at - 1; v >= Math.max(0, at - SUBJECT_BACK); v--) {
            if (s.clauseBreak(v)) {
                break;
            }
            // a gathering's size may be put past an aside ("put the march, to mark the strike, at 30,000")
            aside |= s.word(v).equals(",");
            if (s.pos(v).startsWith("VB") && lexicon.isEstimating(s.lemma(v))) {
                int head = objectHead(s, v + 1, at, lexicon);
                boolean crowd = head >= 0 && lexicon.crowdAction(s.lemma(head)) != null;
                // only a noun the lexicon knows: the object of "put disapproval at 68 percent" names no count
                boolean known = head >= 0 && !aside
                        && (lexicon.thing(s.lemma(head)) != null || lexicon.action(s.lemma(head)) != null);
                return known || crowd ? found(s, nounStart(s, head), head, head + 1) : NONE;
            }
        }
        return NONE;
    }

    /**
     * Tells whether a figure is the size of the gathering its counted noun names: the noun stands before the
     * number ("a crowd of 5,000", "the crowd was estimated at 70") or after it through a word such as "person"
     * ("the 200-person crowd"); "three rallies" counts gatherings.
     *
     * @param span    the figure's tokens
     * @param counted its counted thing
     * @return true for the size of a gathering of people
     */
    boolean crowdSize(Span span, Found counted) {
        if (lexicon.crowdAction(counted.head()) == null) {
            return false;
        }
        if (counted.headIndex() < span.from()) {
            return true;
        }
        for (int i = span.to(); i < counted.headIndex(); i++) {
            if (lexicon.isCrowdSizeWord(span.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** A direction from a place written in lower case right after the number ("35 miles southwest of …"). */
    private boolean direction(Span s, int i) {
        return s.word(i).equals(s.word(i).toLowerCase(java.util.Locale.ROOT)) && lexicon.isDirection(s.lemma(i));
    }

    /**
     * The last noun of the first noun phrase in [from, to), read past a possessive ("the quake's magnitude"), or
     * -1.
     */
    private static int objectHead(Span s, int from, int to, FrameLexicon lexicon) {
        int head = -1;
        for (int i = from; i < to; i++) {
            // the tagger takes "the march" for a month: a gathering's noun in lower case is no date
            boolean gathering = lexicon.crowdAction(s.lemma(i)) != null && !s.pos(i).startsWith("NNP");
            if (s.pos(i).startsWith("NN") && (isTextual(s, i) || gathering)) {
                head = i;
            } else if (head >= 0 && !s.pos(i).equals("POS")) {
                break;
            }
        }
        return head;
    }

    /** A measure named just after the number ("5.6 on the Richter scale"). */
    private Found measureNear(Span s) {
        for (int i = s.to(); i < Math.min(s.tokens().size(), s.to() + 4); i++) {
            if ("measure".equals(lexicon.sort(s.lemma(i)))) {
                return found(s, i, i, i + 1);
            }
        }
        return NONE;
    }

    private Found after(Span s) {
        int i = s.to();
        if (s.lemma(i).equals("of") && (s.pos(i + 1).equals("DT") || s.pos(i + 1).equals("PRP$"))) {
            i += 2;
        } else if (s.lemma(i).equals("of")) {
            i++;
        }
        int first = i;
        int head = -1;
        int measure = -1;
        while (i < s.tokens().size() && i - first < MAX_RUN && inNounRun(s, i) && isTextual(s, i)
                && !(i == first && direction(s, i))
                && !(head >= 0 && s.pos(i).startsWith("NNP") && !s.pos(head).startsWith("NNP"))) {
            // a proper noun after a common one starts another phrase ("days of riots Greece has seen")
            if (s.pos(i).startsWith("NN")) {
                head = i;
                if ("measure".equals(lexicon.sort(s.lemma(i))) && measure < 0) {
                    measure = i;
                }
            }
            i++;
            if (s.pos(i - 1).equals("NNS")) {
                // a plural noun ends an English noun compound ("riots", not "riots show")
                break;
            }
        }
        if (measure >= 0) {
            head = measure;
        }
        if (head < 0) {
            return NONE;
        }
        String measuredBy = s.pos(head).equals("NN") ? lexicon.measuredBy(s.lemma(head)) : null;
        if (measuredBy != null) {
            // "a 5.2 quake": one quake, so the number is its magnitude, not a count
            Found thing = found(s, first, head, Math.max(i, head + 1));
            return new Found(measuredBy, head, thing.qualifiers(), thing.written());
        }
        if (s.lemma(head).equals("prisoner") && s.lemma(head + 1).equals("of") && s.lemma(head + 2).equals("war")) {
            i = Math.max(i, head + 3);
        }
        return found(s, first, head, Math.max(i, head + 1));
    }

    private Found before(Span s) {
        int i = s.from() - 1;
        int named = i >= 1 && (s.pos(i).equals("HYPH") || s.word(i).equals("-")) ? i - 1 : i;
        if (named >= 0 && s.pos(named).startsWith("NN") && lexicon.thing(s.lemma(named)) != null) {
            // "magnitude 5.6", "magnitude - 5.9": the measure is named right before the number
            return found(s, named, named, named + 1);
        }
        if (i >= 0 && s.lemma(i).equals("of") && s.pos(i - 1).startsWith("NN")) {
            return found(s, nounStart(s, i - 1), i - 1, i);
        }
        for (int k = i; k >= Math.max(0, s.from() - LOOK_BACK); k--) {
            if (s.clauseBreak(k)) {
                break;
            }
            if (s.pos(k).startsWith("VB") && LINKS.contains(s.lemma(k))) {
                int n = subjectOf(s, k);
                return n < 0 ? NONE : found(s, nounStart(s, n), n, n + 1);
            }
        }
        return NONE;
    }

    /**
     * The noun a linking verb tells the number of ("the death toll in the province has risen to 23"): of the
     * nouns before it in its clause, the nearest the lexicon knows as an action, else as a thing, else the
     * nearest common noun; -1 when there is none.
     */
    private int subjectOf(Span s, int verb) {
        int action = -1;
        int thing = -1;
        int common = -1;
        for (int n = verb - 1; n >= Math.max(0, verb - SUBJECT_BACK); n--) {
            if (s.clauseBreak(n) || s.word(n).equals(",")) {
                break;
            }
            if (!s.pos(n).startsWith("NN") || !isTextual(s, n)) {
                continue;
            }
            if (action < 0 && lexicon.action(s.lemma(n)) != null) {
                action = n;
            }
            if (thing < 0 && lexicon.thing(s.lemma(n)) != null) {
                thing = n;
            }
            if (common < 0 && !s.pos(n).startsWith("NNP")) {
                common = n;
            }
        }
        // a noun that names what happened ("the death toll from a strong earthquake rose to 10") is the count
        // itself; a thing nearer the verb only qualifies it
        return action >= 0 ? action : thing >= 0 ? thing : common;
    }

    /** The form of a head word the lexicon lists: its lemma, else the word, else the word without a plural -s. */
    private String listed(String lemma, String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String form : new String[] {lemma, w, w.endsWith("s") ? w.substring(0, w.length() - 1) : w}) {
            if (lexicon.thing(form) != null) {
                return form;
            }
        }
        return lemma;
    }

    private static int nounStart(Span s, int head) {
        int i = head;
        while (i - 1 >= 0 && (s.pos(i - 1).startsWith("NN") || s.pos(i - 1).startsWith("JJ")) && isTextual(s, i - 1)) {
            i--;
        }
        return i;
    }

    /**
     * A word of a noun phrase; an adverb glued by a hyphen ("hardest-hit", "badly - damaged") is one of its
     * modifiers, and a hyphen written apart joins its words as a glued one does.
     */
    private static boolean inNounRun(Span s, int i) {
        boolean hyphenNext = s.pos(i + 1).equals("HYPH") || s.word(i + 1).equals("-");
        return NOUN_RUN.contains(s.pos(i)) || s.pos(i).startsWith("RB") && hyphenNext
                || s.word(i).equals("-") && NOUN_RUN.contains(s.pos(i + 1));
    }

    private static boolean isTextual(Span s, int i) {
        String ner = s.ner(i);
        return !ner.equals("DATE") && !ner.equals("TIME") && !ner.equals("NUMBER") && !ner.equals("DURATION")
                && !ner.equals("MONEY") && !ner.equals("PERCENT");
    }

    private Found found(Span s, int first, int head, int end) {
        List<String> qualifiers = new ArrayList<>();
        for (int k = first; k < end; k++) {
            if (k != head && !s.pos(k).equals("HYPH") && !s.word(k).equals("-") && !s.pos(k).equals("IN") && lexicon.action(s.lemma(k)) == null) {
                qualifiers.add(s.lemma(k));
            }
        }
        String written = String.join(" ", s.tokens().subList(first, end).stream().map(t -> t.word()).toList());
        return new Found(listed(s.lemma(head), s.word(head)), head, qualifiers, written);
    }
}
