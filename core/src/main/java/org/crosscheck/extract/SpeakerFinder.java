package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Finds the speaker phrase of a cue verb: the noun phrase before it ("The ministry's spokesman, Pavel
 * Orsk, said"), or after it ("…, said coordinator Daniel Ferreira."). A name inside the phrase wins; a
 * pronoun resolves to the latest speaker or name of its kind; a role noun ("the spokeswoman") resolves
 * to the latest person introduced with that role.
 */
final class SpeakerFinder {

    private static final Set<String> SKIP = Set.of("have", "be", "do", "also", "not", "further", "again", "later",
            "earlier", "previously", "repeatedly", "publicly", "reportedly", "then", "now", "already", "still",
            "allegedly", "frequently", "has", "had");
    private static final Set<String> NP_POS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "PRP", "PRP$",
            "CD", "HYPH", "FW", "SYM");
    private static final Set<String> LINKS = Set.of("of", "for", "the", "and", "'s", "’s");
    private static final Set<String> HE_SHE = Set.of("he", "she");
    private static final Set<String> IT_THEY = Set.of("it", "they");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "by");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which");
    private static final int MAX_AFTER = 30;
    /** The most tokens of an aside between the verb and a speaker who follows it. */
    private static final int MAX_ASIDE = 8;
    private static final int MAX_PHRASE = 14;
    /** Named-entity tags of times and durations. */
    private static final Set<String> TIMES = Set.of("DATE", "DURATION", "TIME", "SET");
    /** The most prepositional phrases after a plural subject ("Doctors at two hospitals in Vellby"). */
    private static final int MAX_PREPOSITIONS = 3;
    private static final int LOOKAHEAD_CHARS = 300;

    private final String article;
    private final String text;
    private final EntityIndex entities;
    private final UnnamedSubject unnamed;
    private final MediaSource media;

    SpeakerFinder(String article, String text, EntityIndex entities, UnnamedSubject unnamed) {
        this.article = article;
        this.text = text;
        this.entities = entities;
        this.unnamed = unnamed;
        this.media = new MediaSource(article, text, entities);
    }

    /**
     * Finds the speaker of the cue at {@code cue}, falling back on the dependency parse when the words
     * around the cue do not name one: the subject of the cue verb, or of the verb it continues
     * ("…, saying that …"), whatever its head noun ("the construction company denied").
     *
     * @param sentence the sentence, parsed or not
     * @param cue      index of the cue verb
     * @param history  earlier speakers of the article, latest last
     * @return the speaker phrase, or null when there is none
     */
    SpeakerPhrase find(Sentence sentence, int cue, List<SpeakerPhrase> history) {
        SpeakerPhrase byWords = find(sentence.tokens(), cue, history);
        if (byWords != null || !sentence.isParsed()) {
            return byWords;
        }
        int[] subject = ParsedSubject.of(sentence, cue);
        if (subject == null) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int[] apposition = ParsedSubject.apposition(sentence, subject[2]);
        SpeakerPhrase named = apposition == null ? null : phrase(tokens, apposition[0], apposition[1], history);
        if (named != null && named.entity() != null) {
            return named;
        }
        SpeakerPhrase p = phrase(tokens, subject[0], subject[1], history);
        Token head = tokens.get(subject[2]);
        // a number standing for people is a speaker of its own: "with one tweeting that …", "two said"
        if (p != null || !head.pos().startsWith("NN") && !head.pos().equals("CD")) {
            return p;
        }
        int start = tokens.get(subject[0]).start();
        int end = tokens.get(subject[1]).end();
        return new SpeakerPhrase(start, end, text.substring(start, end).replaceFirst("^(?i)the ", ""), null, false);
    }

    /**
     * Finds the speaker of the cue at {@code cue} from the words around it only.
     *
     * @param tokens  the sentence's tokens
     * @param cue     index of the cue verb
     * @param history earlier speakers of the article, latest last
     * @return the speaker phrase, or null when there is none
     */
    SpeakerPhrase find(List<Token> tokens, int cue, List<SpeakerPhrase> history) {
        int i = cue - 1;
        while (i >= 0 && (SKIP.contains(lower(tokens.get(i))) || tokens.get(i).pos().startsWith("RB")
                || tokens.get(i).pos().equals("MD"))) {
            i--;
        }
        if (i >= 3 && tokens.get(i).word().equals(")") && tokens.get(i - 2).word().equals("(")) {
            i -= 3;
        }
        if (i >= 0 && (tokens.get(i).pos().equals("CC") || tokens.get(i).word().equals(",")
                && tokens.get(cue).pos().equals("VBG"))) {
            return sameSentenceSpeaker(tokens, history);
        }
        if (i >= 0 && tokens.get(i).word().equals(",")) {
            SpeakerPhrase relative = beforeRelativeClause(tokens, i, history);
            if (relative != null) {
                return relative;
            }
            SpeakerPhrase appositive = appositiveName(tokens, i);
            if (appositive != null) {
                return appositive;
            }
            SpeakerPhrase written = nameBetweenCommas(tokens, i);
            if (written != null) {
                return written;
            }
        }
        int beforeCue = i;
        int from = leftStart(tokens, i);
        if (from >= 2 && PLACE_PREPOSITIONS.contains(lower(tokens.get(from - 1)))
                && tokens.get(from - 2).pos().startsWith("NN")) {
            i = from - 2;
            from = leftStart(tokens, i);
        }
        SpeakerPhrase left = phrase(tokens, from, i, history);
        if (left != null) {
            return left;
        }
        SpeakerPhrase plural = pluralSubject(tokens, beforeCue, cue);
        if (plural != null) {
            return plural;
        }
        Cue c = cue < tokens.size() ? Cues.english().of(tokens.get(cue)) : null;
        // "…,” she told the Greve Courier": after a subject pronoun, who follows the verb is spoken to; after a
        // noun ("Her coach said she …") the subject stands before the verb and what follows it is what was said
        boolean subjectBefore = i >= 0 && from <= i && ("PRP".equals(tokens.get(i).pos())
                || tokens.get(i).pos().startsWith("NN") && isNounPhraseWord(tokens, i));
        if (c == null || !c.inverts() || subjectBefore) {
            return null;
        }
        return after(tokens, cue, history);
    }

    /**
     * "…," replied the deputy mayor, Ann Cole: the phrase after the verb, or the person named after a comma
     * further on (an apposition, also after a long clause) when the phrase names no one.
     */
    private SpeakerPhrase after(List<Token> tokens, int cue, List<SpeakerPhrase> history) {
        int start = afterAside(tokens, cue + 1);
        int end = rightEnd(tokens, start);
        SpeakerPhrase p = phrase(tokens, start, end, history);
        if (p != null && p.entity() != null || end < start) {
            return p;
        }
        SpeakerPhrase described = describedNumber(tokens, start, end);
        if (described != null) {
            return described;
        }
        for (int j = end + 1; j < tokens.size() && j <= cue + MAX_AFTER; j++) {
            if (tokens.get(j - 1).word().equals(",")) {
                Mention m = mentionAt(tokens.get(j).start());
                if (m != null && isPerson(m)) {
                    return toPhrase(m);
                }
            }
        }
        SpeakerPhrase named = end + 2 < tokens.size() && tokens.get(end + 1).word().equals(",")
                && (p != null || tokens.get(end).pos().startsWith("NN")) ? closingName(tokens, end + 2) : null;
        return named != null ? named : p;
    }

    /**
     * "…,” said one, a fisherman who did not want to give his name": a number standing for a person, described
     * right after it by "a"/"an" and a noun, is that noun; null when the phrase is no such number.
     */
    private SpeakerPhrase describedNumber(List<Token> tokens, int start, int end) {
        if (start != end || !"CD".equals(tokens.get(start).pos()) || end + 3 >= tokens.size()
                || !tokens.get(end + 1).word().equals(",") || !Set.of("a", "an").contains(lower(tokens.get(end + 2)))) {
            return null;
        }
        int j = end + 3;
        while (j < tokens.size() && ("JJ".equals(tokens.get(j).pos()) || "VBN".equals(tokens.get(j).pos()))) {
            j++;
        }
        int k = j;
        while (k < tokens.size() && "NN".equals(tokens.get(k).pos())) {
            k++;
        }
        if (k == j) {
            return null;
        }
        int from = tokens.get(end + 3).start();
        int to = tokens.get(k - 1).end();
        return new SpeakerPhrase(from, to, text.substring(from, to), null, true);
    }

    /**
     * "said, after a long silence, the owner": an aside between commas right after the verb, without a verb of
     * its own, stands before the speaker; returns the index after it, or {@code from} when there is none.
     */
    private static int afterAside(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).word().equals(",")) {
            return from;
        }
        for (int j = from + 1; j < tokens.size() && j <= from + MAX_ASIDE; j++) {
            Token t = tokens.get(j);
            if (t.word().equals(",")) {
                return j > from + 1 ? j + 1 : from;
            }
            if (t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"))) {
                return from;
            }
        }
        return from;
    }

    /**
     * "…, the mayor, Lotta Brisk.", "…, the lift's operator, Fell Resorts, in a statement": a name NER did not
     * tag, in apposition after the phrase: two or more proper nouns that end the sentence or the apposition.
     */
    private SpeakerPhrase closingName(List<Token> tokens, int from) {
        int j = properNounsEnd(tokens, from);
        boolean ends = j == tokens.size() || ".".equals(tokens.get(j).word()) || ",".equals(tokens.get(j).word());
        if (j - from < 2 || !ends) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(j - 1).end();
        return new SpeakerPhrase(start, end, text.substring(start, end), null, true);
    }

    private static int properNounsEnd(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).pos().startsWith("NNP")) {
            j++;
        }
        return j;
    }

    /**
     * "Scientists at the University of Morvik say", "Doctors at two hospitals in Vellby had told …": a plural common
     * noun that opens its clause, with the prepositional phrases that follow it, right before the cue (no "be"
     * between: "houses in the valley were said to …" is a passive) is a group of people speaking; the phrase as
     * written, not the place or body named inside it.
     *
     * @param tokens the sentence's tokens
     * @param last   index of the last word before the cue (auxiliaries and adverbs skipped)
     * @param cue    index of the cue
     * @return the phrase, or null
     */
    private SpeakerPhrase pluralSubject(List<Token> tokens, int last, int cue) {
        if (last < 0 || !isNounPhraseWord(tokens, last)) {
            return null;
        }
        for (int j = last + 1; j < cue; j++) {
            if ("be".equals(tokens.get(j).lemma()) || "ago".equals(lower(tokens.get(j)))) {
                return null;
            }
        }
        int from = leftStart(tokens, last);
        for (int hops = 0; hops < MAX_PREPOSITIONS; hops++) {
            while (from > 0 && "CD".equals(tokens.get(from - 1).pos())) {
                from--;
            }
            if (from < 2 || !"IN".equals(tokens.get(from - 1).pos()) || "that".equals(lower(tokens.get(from - 1)))
                    || !isNounPhraseWord(tokens, from - 2)) {
                break;
            }
            from = leftStart(tokens, from - 2);
        }
        int head = from;
        while (head + 1 <= last && isNounPhraseWord(tokens, head + 1) && !"IN".equals(tokens.get(head + 1).pos())) {
            head++;
        }
        boolean opens = from == 0 || ",".equals(tokens.get(from - 1).word()) || "CC".equals(tokens.get(from - 1).pos());
        // "but days ago also acknowledged": a time is no one
        boolean time = tokens.subList(from, last + 1).stream().anyMatch(t -> TIMES.contains(String.valueOf(t.ner())));
        if (!opens || !"NNS".equals(tokens.get(head).pos()) || time) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(last).end();
        return new SpeakerPhrase(start, end, text.substring(start, end).replaceFirst("^(?i)the ", ""), null, false);
    }

    /**
     * "The mayor of Greve, Tilde Ansgar, denied", "The landlord, Nordhus Property, said": two or more proper nouns
     * between the commas before the verb, in apposition to a definite common noun (a role, "the ship's owner"),
     * name its holder whatever the tagger took them for; a person when the role is a person's or the tagger says
     * so.
     */
    private SpeakerPhrase nameBetweenCommas(List<Token> tokens, int closingComma) {
        int opening = closingComma - 1;
        while (opening >= 0 && tokens.get(opening).pos().startsWith("NNP")) {
            opening--;
        }
        if (opening < 1 || closingComma - opening < 3 || !tokens.get(opening).word().equals(",")
                || properNounsEnd(tokens, opening + 1) != closingComma) {
            return null;
        }
        int from = leftStart(tokens, opening - 1);
        boolean definite = from < opening && ("DT".equals(tokens.get(from).pos()) && "the".equals(lower(tokens.get(from)))
                || "PRP$".equals(tokens.get(from).pos()) || tokens.subList(from, opening).stream()
                .anyMatch(t -> "POS".equals(t.pos())));
        boolean person = tokens.subList(from, opening).stream().anyMatch(t -> isRole(t) && !isOrganisationRole(t));
        boolean commonNoun = tokens.subList(from, opening).stream()
                .anyMatch(t -> "NN".equals(t.pos()) || "NNS".equals(t.pos()));
        if (!person && !(definite && commonNoun)) {
            return null;
        }
        int start = tokens.get(opening + 1).start();
        int end = tokens.get(closingComma - 1).end();
        Mention m = mentionAt(start);
        return new SpeakerPhrase(start, end, text.substring(start, end), null,
                person || m != null && isPerson(m));
    }

    private Mention mentionAt(int start) {
        for (Mention m : entities.mentions(article)) {
            if (m.start() == start) {
                return m;
            }
        }
        return null;
    }

    /**
     * "psychologist Ann Lee, who leads the sleep lab, which …, says": the phrase before the comma that opens
     * the relative clause ending at the comma before the cue.
     */
    private SpeakerPhrase beforeRelativeClause(List<Token> tokens, int comma, List<SpeakerPhrase> history) {
        for (int k = 2; k < comma; k++) {
            if (RELATIVES.contains(lower(tokens.get(k))) && tokens.get(k - 1).word().equals(",")) {
                int end = k - 2;
                return phrase(tokens, leftStart(tokens, end), end, history);
            }
        }
        return null;
    }

    /**
     * Finds who owns a statement noun ("her message:", "the ministry's reply:").
     *
     * @param tokens    the sentence's tokens
     * @param possessor index of the possessive pronoun or of the possessor's last word
     * @param history   earlier speakers of the article, latest last
     * @return the speaker phrase, or null
     */
    SpeakerPhrase owner(List<Token> tokens, int possessor, List<SpeakerPhrase> history) {
        Token t = tokens.get(possessor);
        if ("PRP$".equals(t.pos())) {
            String w = lower(t);
            boolean person = w.equals("his") || w.equals("her");
            return w.equals("my") || w.equals("our") || w.equals("your") ? null
                    : pronoun(t.start(), t.end(), history, person);
        }
        return phrase(tokens, leftStart(tokens, possessor), possessor, history);
    }

    /**
     * Reads the speaker phrase that fills a span of tokens ("according to [the regional governor]").
     *
     * @param tokens  the sentence's tokens
     * @param from    first token of the phrase
     * @param to      last token of the phrase, inclusive
     * @param history earlier speakers of the article, latest last
     * @return the speaker phrase, or null when the span names nobody
     */
    SpeakerPhrase between(List<Token> tokens, int from, int to, List<SpeakerPhrase> history) {
        return phrase(tokens, from, Math.min(to, tokens.size() - 1), history);
    }

    private int leftStart(List<Token> tokens, int end) {
        int j = end;
        while (j >= 0 && end - j < MAX_PHRASE && isNounPhraseWord(tokens, j)) {
            j--;
        }
        j++;
        while (j <= end && LINKS.contains(lower(tokens.get(j))) && !lower(tokens.get(j)).equals("the")) {
            j++;
        }
        return j;
    }

    private static int rightEnd(List<Token> tokens, int start) {
        int j = start;
        while (j < tokens.size() && j - start < MAX_PHRASE && isNounPhraseWord(tokens, j)) {
            j++;
        }
        return j - 1;
    }

    private static boolean isNounPhraseWord(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if ("DATE".equals(t.ner()) || "TIME".equals(t.ner())) {
            return false;
        }
        if (NP_POS.contains(t.pos())) {
            return true;
        }
        // "managing director", "acting mayor": a participle before a noun belongs to the phrase
        if (("VBG".equals(t.pos()) || "VBN".equals(t.pos())) && j + 1 < tokens.size()
                && tokens.get(j + 1).pos().startsWith("NN") && !"DATE".equals(tokens.get(j + 1).ner())) {
            return true;
        }
        return LINKS.contains(lower(t)) && j > 0 && j + 1 < tokens.size()
                && NP_POS.contains(tokens.get(j + 1).pos()) && NP_POS.contains(tokens.get(j - 1).pos());
    }

    private SpeakerPhrase phrase(List<Token> tokens, int from, int to, List<SpeakerPhrase> history) {
        if (from > to || from < 0 || to >= tokens.size()) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        SpeakerPhrase named = lastName(start, end);
        if (named != null && possessorOfCommonNoun(tokens, from, to, named)) {
            return roleHolder(tokens, from, to, history);
        }
        if (named != null) {
            return named;
        }
        String words = text.substring(start, end);
        String lower = words.toLowerCase(Locale.ROOT);
        if (from == to && HE_SHE.contains(lower)) {
            return pronoun(start, end, history, true);
        }
        if (from == to && IT_THEY.contains(lower)) {
            return pronoun(start, end, history, false);
        }
        String head = lower(tokens.get(to));
        boolean properNoun = tokens.get(to).pos().startsWith("NNP");
        if (tokens.get(from).pos().equals("PRP$")) {
            // "Her coach said": a role held by someone the pronoun stands for is still a speaker, as written
            return from < to && isRole(tokens.get(to)) ? new SpeakerPhrase(start, end, words, null,
                    "NN".equals(tokens.get(to).pos()) && !isOrganisationRole(tokens.get(to))) : null;
        }
        if (isRole(tokens.get(to)) || Lexicon.DOCUMENTS.contains(head) || properNoun) {
            boolean definite = definite(tokens, from, to) && !Lexicon.DOCUMENTS.contains(head);
            // "the RCO", "the Union": a name, which may be an organisation's, never a person named elsewhere
            SpeakerPhrase role = !definite ? null : properNoun ? organisation(head, start, end)
                    : byRole(tokens.get(to), from + 1 == to, start, end, history);
            // "the spokeswoman" is a person "she" may stand for later; "the board" and "officials" are not
            boolean person = "NN".equals(tokens.get(to).pos()) && isRole(tokens.get(to))
                    && !isOrganisationRole(tokens.get(to));
            return role != null ? role : new SpeakerPhrase(start, end, words.replaceFirst("^(?i)(the|an?) ", ""),
                    null, person);
        }
        return null;
    }

    /**
     * "Norland's chief inspector": the name is the possessor of a person's role, not who speaks; true when it
     * ends before a possessive "'s" and a common noun (not a document) heads the phrase after it.
     */
    private static boolean possessorOfCommonNoun(List<Token> tokens, int from, int to, SpeakerPhrase named) {
        Token head = tokens.get(to);
        if (!head.pos().equals("NN") && !head.pos().equals("NNS") || Lexicon.DOCUMENTS.contains(lower(head))) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            if ("POS".equals(tokens.get(j).pos()) && tokens.get(j - 1).end() == named.end()) {
                return true;
            }
        }
        return false;
    }

    /** The holder of a possessor's role: the person introduced with it or named next, else the phrase itself. */
    private SpeakerPhrase roleHolder(List<Token> tokens, int from, int to, List<SpeakerPhrase> history) {
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        SpeakerPhrase holder = byRole(tokens.get(to), false, start, end, history);
        return holder != null ? holder : new SpeakerPhrase(start, end, text.substring(start, end), null, false);
    }

    /**
     * Tells whether a token is a role noun, also in the plural ("groups", "lawyers").
     *
     * @param t a token
     * @return true when the word or its lemma is in the role list
     */
    static boolean isRole(Token t) {
        return inList(Lexicon.ROLES, t);
    }

    /**
     * Tells whether a token is the role noun of a body that speaks as one ("board", "unions").
     *
     * @param t a token
     * @return true when the word or its lemma is an organisation's role in the role list
     */
    static boolean isOrganisationRole(Token t) {
        return inList(Lexicon.ORGANISATION_ROLES, t);
    }

    private static boolean inList(Set<String> list, Token t) {
        return list.contains(lower(t)) || t.lemma() != null && list.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A definite description names someone the article has introduced: "the spokeswoman", and a possessor's
     * role ("the country's data protection ombudsman", "the ministry's spokesman"), whose holder may be named nearby.
     */
    private static boolean definite(List<Token> tokens, int from, int to) {
        if (lower(tokens.get(from)).equals("the")) {
            return true;
        }
        for (int j = from + 1; j < to; j++) {
            if ("POS".equals(tokens.get(j).pos())) {
                return true;
            }
        }
        return false;
    }

    private SpeakerPhrase lastName(int start, int end) {
        Mention best = null;
        for (Mention m : entities.mentions(article)) {
            if (m.start() >= start && m.end() <= end && !isPlace(m)) {
                best = m;
            }
        }
        return best == null ? null : toPhrase(best);
    }

    private boolean isPerson(Mention m) {
        Entity e = entities.of(m);
        return e != null && e.type().equals("PERSON");
    }

    private boolean isPlace(Mention m) {
        Entity e = entities.of(m);
        return e != null && e.type().equals("LOCATION");
    }

    private SpeakerPhrase toPhrase(Mention m) {
        Entity e = entities.of(m);
        return new SpeakerPhrase(m.start(), m.end(), e == null ? m.text() : e.name(), e == null ? null : e.id(),
                e != null && e.type().equals("PERSON"));
    }

    /** "and said", "…, adding that": the speaker is the one already speaking in this sentence. */
    private static SpeakerPhrase sameSentenceSpeaker(List<Token> tokens, List<SpeakerPhrase> history) {
        if (history.isEmpty()) {
            return null;
        }
        SpeakerPhrase last = history.get(history.size() - 1);
        return last.start() >= tokens.get(0).start() ? last : null;
    }

    /**
     * "Jane Roe, a spokeswoman for the office, said": the name just before the opening comma; "the bloc's
     * top diplomat, Jane Roe, said": the name between the commas; otherwise the nearest name before.
     */
    private SpeakerPhrase appositiveName(List<Token> tokens, int closingComma) {
        int opening = closingComma - 1;
        while (opening >= 0 && !tokens.get(opening).word().equals(",")) {
            opening--;
        }
        int sentenceStart = tokens.get(0).start();
        int limit = tokens.get(closingComma).start();
        Mention beforeOpening = null;
        Mention inside = null;
        Mention nearest = null;
        for (Mention m : entities.mentions(article)) {
            if (m.start() < sentenceStart || m.end() > limit || isPlace(m)) {
                continue;
            }
            nearest = m;
            if (opening >= 0 && m.end() == tokens.get(opening).start()) {
                beforeOpening = m;
            } else if (opening >= 0 && m.start() > tokens.get(opening).start() && inside == null) {
                inside = m;
            }
        }
        // "a spokesman for the Interior Ministry, Viktor Hale, said": the person speaks, not the ministry
        if (beforeOpening != null && inside != null && !isPerson(beforeOpening) && isPerson(inside)) {
            beforeOpening = null;
        }
        // "The owner of the Linden Hotel, Berg Estates, said": the name after "of" only says whose owner; the
        // apposition names the owner (left to nameBetweenCommas when the tagger did not tag it)
        if (beforeOpening != null && objectOfCommonNoun(tokens, beforeOpening.start())) {
            if (inside == null) {
                return null;
            }
            beforeOpening = null;
        }
        Mention best = beforeOpening != null ? beforeOpening : inside != null ? inside : nearest;
        return best == null ? null : toPhrase(best);
    }

    /** The name at {@code start} follows a common noun and a preposition ("the owner of [the] …"). */
    private static boolean objectOfCommonNoun(List<Token> tokens, int start) {
        int j = 0;
        while (j < tokens.size() && tokens.get(j).start() < start) {
            j++;
        }
        j--;
        if (j >= 0 && "DT".equals(tokens.get(j).pos())) {
            j--;
        }
        return j >= 1 && "IN".equals(tokens.get(j).pos()) && !"by".equals(lower(tokens.get(j)))
                && ("NN".equals(tokens.get(j - 1).pos()) || "NNS".equals(tokens.get(j - 1).pos()));
    }

    /**
     * "he"/"she" → the latest speaker of this paragraph, else the person the paragraph is about (named first
     * as a sentence's subject), else the latest speaker, else the latest person named; "it"/"they" alike
     * without the paragraph's subject.
     */
    private SpeakerPhrase pronoun(int start, int end, List<SpeakerPhrase> history, boolean person) {
        int paragraph = text.lastIndexOf("\n\n", start);
        paragraph = paragraph < 0 ? 0 : paragraph + 2;
        for (int k = history.size() - 1; k >= 0; k--) {
            SpeakerPhrase h = history.get(k);
            if (h.person() == person && h.start() < start && h.start() >= paragraph) {
                return new SpeakerPhrase(start, end, h.text(), h.entity(), person);
            }
        }
        Mention topic = person ? paragraphSubject(paragraph, start) : null;
        if (topic != null) {
            SpeakerPhrase p = toPhrase(topic);
            return new SpeakerPhrase(start, end, p.text(), p.entity(), true);
        }
        String described = person ? unnamed.before(start) : null;
        if (described != null) {
            return new SpeakerPhrase(start, end, described, null, true);
        }
        // "site DeepState, which published footage of troops who it said were …": "it" is the medium just named
        SpeakerPhrase medium = person ? null : media.between(sentenceStart(start), start, end);
        if (medium != null) {
            return medium;
        }
        for (int k = history.size() - 1; k >= 0; k--) {
            SpeakerPhrase h = history.get(k);
            if (h.person() == person && h.start() < start) {
                return new SpeakerPhrase(start, end, h.text(), h.entity(), person);
            }
        }
        Mention latest = null;
        for (Mention m : entities.mentions(article)) {
            Entity e = entities.of(m);
            if (m.end() <= start && e != null && e.type().equals("PERSON") == person && !isPlace(m)) {
                latest = m;
            }
        }
        if (latest == null) {
            return null;
        }
        SpeakerPhrase p = toPhrase(latest);
        return new SpeakerPhrase(start, end, p.text(), p.entity(), person);
    }

    /** The first person of a paragraph named at the start of a sentence (its subject), before an offset. */
    private Mention paragraphSubject(int paragraph, int before) {
        Mention first = null;
        for (Mention m : entities.mentions(article)) {
            if (m.start() < paragraph || m.end() > before || !isPerson(m) || first != null && first.start() < m.start()) {
                continue;
            }
            int stop = text.lastIndexOf(". ", m.start());
            int sentence = Math.max(paragraph, Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf('\n', m.start()) + 1));
            String lead = text.substring(Math.min(sentence, m.start()), m.start()).strip();
            if (lead.isEmpty() || lead.split("\\s+").length <= 2 && Character.isUpperCase(lead.charAt(0))
                    && lead.indexOf('“') < 0 && lead.indexOf('"') < 0) {
                first = m;
            }
        }
        return first;
    }

    /**
     * "the union" → the latest organisation whose name holds that word ("Dastrian Union of Journalists"):
     * a definite description names the organisation before any person introduced with the same word.
     */
    private Mention organisationNamedBy(String role, int before) {
        Mention latest = null;
        for (Mention m : entities.mentions(article)) {
            Entity e = entities.of(m);
            if (m.end() <= before && e != null && e.type().equals("ORGANIZATION")
                    && java.util.Arrays.asList(m.text().toLowerCase(Locale.ROOT).split("\\s+")).contains(role)) {
                latest = m;
            }
        }
        return latest;
    }

    /**
     * "the Union" → the latest organisation whose name holds that word; "the RCO" → the latest whose initials it
     * is ("Relief Coordination Office"); null when none is named before.
     */
    private SpeakerPhrase organisation(String name, int start, int end) {
        Mention latest = organisationNamedBy(name, start);
        for (Mention m : entities.mentions(article)) {
            Entity e = entities.of(m);
            if (latest == null && m.end() <= start && e != null && e.type().equals("ORGANIZATION")
                    && initials(m.text()).equalsIgnoreCase(name)) {
                latest = m;
            }
        }
        if (latest == null) {
            return null;
        }
        SpeakerPhrase p = toPhrase(latest);
        return new SpeakerPhrase(start, end, p.text(), p.entity(), false);
    }

    /** The capitals that begin a name's words: "Relief Coordination Office" → "RCO". */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /**
     * "the spokeswoman" → the latest person whose mention was introduced by that role word; "the union" → the
     * latest organisation whose name holds the word, never a person (a body's role is nobody's); "the outlet" →
     * the source last introduced as news media.
     */
    private SpeakerPhrase byRole(Token roleToken, boolean bare, int start, int end, List<SpeakerPhrase> history) {
        String role = lower(roleToken);
        SpeakerPhrase medium = bare && Lexicon.MEDIA.contains(role) ? media.before(start, end, history) : null;
        if (medium != null) {
            return medium;
        }
        Mention latest = organisationNamedBy(role, start);
        if (latest != null) {
            SpeakerPhrase p = toPhrase(latest);
            return new SpeakerPhrase(start, end, p.text(), p.entity(), false);
        }
        if (isOrganisationRole(roleToken)) {
            return null;
        }
        for (Mention m : entities.mentions(article)) {
            if (m.end() <= start && !isPlace(m)) {
                String before = text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
                java.util.regex.Matcher introduced = java.util.regex.Pattern.compile("(?s).*\\b"
                        + java.util.regex.Pattern.quote(role) + "\\b([^.]{0,25})$").matcher(before);
                if (introduced.matches() && !endsInPreposition(introduced.group(1))) {
                    latest = m;
                }
            }
        }
        if (latest == null) {
            latest = personOpeningNextSentence(end);
        }
        if (latest == null) {
            return null;
        }
        SpeakerPhrase p = toPhrase(latest);
        return new SpeakerPhrase(start, end, p.text(), p.entity(), p.person());
    }

    /**
     * "Police in Darrow": a name after a preposition is where or what the role belongs to, not who holds it
     * ("the spokeswoman, Ann Cole", "spokeswoman for the ministry, Ann Cole" name her).
     */
    private static boolean endsInPreposition(String between) {
        String[] words = between.strip().split("\\s+");
        return words.length > 0 && Lexicon.PREPOSITIONS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * A news lede names the role first and the person in the next sentence: "The ombudsman … . Jane Roe said …";
     * only the sentence right after the role's, so a person opening a later one is never taken for it.
     */
    private Mention personOpeningNextSentence(int after) {
        int sentenceEnd = sentenceEnd(after);
        for (Mention m : entities.mentions(article)) {
            if (m.start() <= after || m.start() - after > LOOKAHEAD_CHARS) {
                continue;
            }
            Entity e = entities.of(m);
            int sentenceStart = Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf('\n', m.start()));
            if (e != null && e.type().equals("PERSON") && sentenceStart > after && sentenceStart <= sentenceEnd + 1
                    && text.substring(sentenceStart + 1, m.start()).strip().split("\\s+").length <= 2) {
                return m;
            }
        }
        return null;
    }

    /** The offset after the full stop or line break that ends the sentence before an offset (0 when none). */
    private int sentenceStart(int at) {
        int k = at - 1;
        while (k > 0 && text.charAt(k) != '\n' && !(text.charAt(k - 1) == '.' && text.charAt(k) == ' ')) {
            k--;
        }
        return Math.max(0, k);
    }

    /** The offset of the full stop or line break that ends the sentence holding an offset. */
    private int sentenceEnd(int at) {
        int stop = text.indexOf(". ", at);
        int line = text.indexOf('\n', at);
        stop = stop < 0 ? text.length() : stop;
        return line < 0 ? stop : Math.min(stop, line);
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
