package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.Deadline;

/**
 * Finds the statements of one article. Direct: each quotation of four words or more, attributed by the
 * cue verb and speaker of its sentence, by a statement noun ("Her message: “…”"), else by the latest
 * attribution in the same or previous paragraph (a quote standing alone continues the previous speaker), or
 * by an embedded post's signature line ("— Name (@handle) date"); words quoted inside narration right after a
 * cue ("called the plan “reckless” and “unworkable”") are one reported statement of those words. A quotation
 * that goes on in a later sentence after its attribution is a statement that continues the first; one split by
 * its attribution inside a sentence is one statement of two parts ({@link QuoteChains}). Reported:
 * each speech cue outside quotations with a speaker phrase ("X said that…", "X accused Y of…", "X called on
 * Y to…", "X denied…", "…, X said."), and "according to X" in the article's language ({@link AccordingTo}).
 * Cues and their classes come from {@link Cues}; a quotation in a sentence annotated without models is
 * attributed by the language's cues as written ({@link UntaggedAttribution}), and its reported speech found by
 * a reporting verb and complementizer ({@link UntaggedReport}).
 */
final class StatementFinder {

    private static final int MIN_QUOTE_WORDS = 4;
    private static final int MIN_CONTINUATION_WORDS = 2;
    private static final int MIN_STANCE_WORDS = 2;
    /** The fewest characters of reported content, but for a stance verb's object ({@link Cue#stance()}). */
    private static final int MIN_CONTENT_CHARS = 10;
    /** The most tokens a source after "according to" may have in a text whose words are not tagged. */
    private static final int MAX_UNTAGGED_SOURCE = 8;
    /** A paragraph's first word, when it is capitalised (a name). */
    private static final Pattern FIRST_WORD = Pattern.compile("\\s*(\\p{Lu}[\\p{L}'’-]+)");
    /** What stands before an attribution that follows its content ("…, she said", "…: the ministry said"). */
    private static final java.util.Set<String> NOUN_PHRASE = java.util.Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT",
            "POS", "PRP$");
    /** Parts of speech of a phrase saying where or when something was said ("in his nightly address on Monday"). */
    private static final java.util.Set<String> PLACE_OF_SAYING = java.util.Set.of("IN", "DT", "PRP$", "NN", "NNS",
            "NNP", "NNPS", "JJ", "CD", "POS");
    private static final int MAX_PLACE_OF_SAYING = 10;
    private static final java.util.Set<String> CLOSES_CONTENT = java.util.Set.of(",", ":", "—", "”", "''", ";");
    private static final Pattern POST_SIGNATURE = Pattern.compile("^[—–-]\\s*(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3})");

    private final Article article;
    private final Annotation annotation;
    private final SpeakerFinder speakers;
    private final List<Quote> quotes;
    private final List<Quote> allQuotes;
    private final Cues cues = Cues.english();
    private final AccordingTo accordingTo;
    private final UntaggedAttribution untagged;
    private final UntaggedReport untaggedReport;
    private final Antecedent antecedents;
    private final List<SpeakerPhrase> history = new ArrayList<>();
    private final List<FoundStatement> found = new ArrayList<>();

    StatementFinder(Article article, Annotation annotation, EntityIndex entities) {
        this.article = article;
        this.annotation = annotation;
        this.speakers = new SpeakerFinder(article.id(), article.text(), entities,
                new UnnamedSubject(article.text(), annotation.sentences()));
        this.allQuotes = QuoteFinder.find(article.text(), article.language());
        this.accordingTo = AccordingTo.of(article.language());
        this.untagged = new UntaggedAttribution(article.text(), article.language());
        this.untaggedReport = new UntaggedReport(article.text(), article.language());
        this.antecedents = new Antecedent(article.text(), annotation);
        this.quotes = allQuotes.stream()
                .filter(q -> QuoteFinder.words(article.text(), q) >= MIN_CONTINUATION_WORDS
                        && !isPartial(article.text(), q))
                .toList();
    }

    /**
     * A quotation that continues the narrator's own clause ("claimed that Dastria “has failed to …”") is a
     * quoted fragment of reported speech, not a direct statement: it follows a word, not a sentence start
     * or a colon or comma.
     */
    private static boolean isPartial(String text, Quote q) {
        int i = q.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    List<FoundStatement> find() {
        return find(Deadline.NONE).found();
    }

    /**
     * Finds the statements sentence by sentence until the deadline passes; those of the sentences looked at by then
     * are kept. Signed posts are looked for only when every sentence was.
     */
    Deadline.Cut<List<FoundStatement>> find(Deadline deadline) {
        List<Sentence> sentences = annotation.sentences();
        int done = 0;
        while (done < sentences.size() && !deadline.passed()) {
            direct(sentences.get(done));
            reported(sentences.get(done));
            done++;
        }
        if (done == sentences.size()) {
            embeddedPosts();
        }
        return new Deadline.Cut<>(joined(), done, sentences.size());
    }

    private List<FoundStatement> joined() {
        found.removeIf(this::repeatsAnother);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<FoundStatement> joined = new ArrayList<>(QuoteChains.join(article.text(), found));
        List<FoundStatement> chained = joined.stream().map(FoundStatement::from).filter(Objects::nonNull).toList();
        joined.removeIf(f -> shortAlone(f) && f.from() == null && chained.stream().noneMatch(c -> c == f));
        return joined;
    }

    /**
     * A short quotation ("“Never,” he said.") is a statement only in a chain of quotations that go on from one
     * another, or as half of a quotation its attribution splits.
     */
    private boolean shortAlone(FoundStatement f) {
        return f.mode().equals(Statement.DIRECT) && f.parts().size() == 1 && words(f) < MIN_QUOTE_WORDS
                && quotes.stream().anyMatch(q -> q.contentStart() == f.contentStart());
    }

    private int words(FoundStatement f) {
        String content = article.text().substring(f.contentStart(), f.contentEnd()).strip();
        return content.isEmpty() ? 0 : content.split("\\s+").length;
    }

    /**
     * "X said A, adding that B": the continuation's content already lies inside the first statement's
     * content, with the same speaker; kept twice it would count one claim twice.
     */
    private boolean repeatsAnother(FoundStatement f) {
        return f.mode().equals(Statement.REPORTED) && found.stream().anyMatch(o -> o != f
                && o.mode().equals(Statement.REPORTED) && sameSpeaker(o, f)
                && o.contentStart() <= f.contentStart() && o.contentEnd() >= f.contentEnd()
                && o.contentEnd() - o.contentStart() > f.contentEnd() - f.contentStart());
    }

    private static boolean sameSpeaker(FoundStatement a, FoundStatement b) {
        return a.speaker() != null && b.speaker() != null && java.util.Objects.equals(a.speaker().text(),
                b.speaker().text());
    }

    private void direct(Sentence s) {
        for (Quote q : quotes) {
            if (q.start() < s.start() || q.start() >= s.end()) {
                continue;
            }
            FoundStatement f = attributed(q, attributingSentence(q, s));
            if (f == null) {
                f = nominal(q, s);
            }
            if (f == null && untagged(s.tokens())) {
                f = untaggedAttribution(q, s);
            }
            add(f != null ? f : standalone(q));
        }
    }

    /** A quotation with a cue verb and a speaker in its sentence. */
    private FoundStatement attributed(Quote q, Sentence at) {
        List<Token> tokens = at.tokens();
        int cue = cueOutsideQuotes(tokens);
        SpeakerPhrase speaker = cue >= 0 ? speakerOf(at, cue) : null;
        if (speaker == null) {
            return null;
        }
        Token c = tokens.get(cue);
        FoundStatement f = new FoundStatement(Math.min(q.start(), Math.min(speaker.start(), c.start())),
                Math.max(q.end(), Math.max(speaker.end(), c.end())), q.contentStart(), q.contentEnd(),
                Statement.DIRECT, speaker, c.word(), cueClass(tokens, cue));
        return cues.of(c).continues() ? f.continuing() : f;
    }

    /** "Her message: “…”": a statement noun with its possessor before the quotation. */
    private FoundStatement nominal(Quote q, Sentence s) {
        List<Token> tokens = s.tokens();
        int before = 0;
        while (before < tokens.size() && tokens.get(before).start() < q.start()) {
            before++;
        }
        NominalCue n = NominalCue.find(tokens, before);
        SpeakerPhrase speaker = n == null ? null : owner(tokens, n);
        if (speaker == null) {
            return null;
        }
        int cueStart = Math.min(speaker.start(), tokens.get(n.possessor()).start());
        String cue = article.text().substring(tokens.get(n.noun() - 1).start(), tokens.get(n.noun() + 1).end());
        return new FoundStatement(Math.min(cueStart, q.start()), q.end(), q.contentStart(), q.contentEnd(),
                Statement.DIRECT, speaker, cue, n.cueClass());
    }

    /** A quotation standing alone continues the latest speaker. */
    private FoundStatement standalone(Quote q) {
        return new FoundStatement(q.start(), q.end(), q.contentStart(), q.contentEnd(), Statement.DIRECT,
                previousSpeaker(q.start()), null, null);
    }

    /** The cue's class; a saying "on Telegram" or "in a post" is a post. */
    private String cueClass(List<Token> tokens, int cue) {
        String cueClass = cues.of(tokens.get(cue)).cueClass();
        if (!cueClass.equals(Statement.SAY)) {
            return cueClass;
        }
        for (int j = 1; j < tokens.size(); j++) {
            String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
            String before = tokens.get(j - 1).word().toLowerCase(Locale.ROOT);
            if (before.equals("on") && Lexicon.PLATFORMS.contains(w) && !insideQuote(tokens.get(j).start())
                    || (before.equals("a") || before.equals("the")) && (w.equals("post") || w.equals("tweet"))) {
                return Statement.POST;
            }
        }
        return cueClass;
    }

    /** The first sentence overlapping the quote (or right after it) with a speech cue outside quotations. */
    /**
     * A quotation attributed by a cue of the language in one of the sentences it spans ("« Phrase une. Phrase deux »,
     * dijo X."), the first that has one.
     */
    private FoundStatement untaggedAttribution(Quote q, Sentence first) {
        for (Sentence s : annotation.sentences()) {
            if (s.start() >= q.end()) {
                break;
            }
            FoundStatement f = s.start() >= first.start() && s.end() > q.start()
                    ? untagged.find(q, s, this::insideQuote) : null;
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Sentence attributingSentence(Quote q, Sentence first) {
        for (Sentence s : annotation.sentences()) {
            boolean overlaps = s.start() < q.end() && s.end() > q.start();
            if (overlaps && s.start() >= first.start() && cueOutsideQuotes(s.tokens()) >= 0) {
                return s;
            }
            if (s.start() >= q.end()) {
                break;
            }
        }
        return first;
    }

    private void reported(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (insideQuote(t.start())) {
                continue;
            }
            int according = accordingTo.at(tokens, i);
            if (according > 0) {
                accordingTo(s, i, according);
            } else if (reports(tokens, i) && !attributesAQuote(s, i)) {
                SpeakerPhrase speaker = speakerOf(s, i);
                if (speaker != null && !narration(s, i, speaker) && cues.isCue(tokens, i, false, quoteAt(tokens))) {
                    content(s, i, speaker);
                }
            }
        }
        nominalReported(s);
        if (untagged(tokens)) {
            FoundStatement f = untaggedReport.find(s, this::insideQuote);
            if (f != null) {
                add(f);
            }
        }
    }

    /**
     * A cue of reported speech, or one that quotes words right after it ("found “…”"); none after a modal or
     * "to" ("will add", "called on them to condemn": nobody has said it yet).
     */
    private boolean reports(List<Token> tokens, int i) {
        if (i > 0 && ("MD".equals(tokens.get(i - 1).pos()) || "TO".equals(tokens.get(i - 1).pos()))) {
            return false;
        }
        return cues.isCue(tokens, i, false, quoteAt(tokens)) || cues.of(tokens.get(i)) != null
                && cues.of(tokens.get(i)).direct().contains("quote") && cues.isCue(tokens, i, true, quoteAt(tokens));
    }

    /** The speaker of a cue; never a name inside a quotation (that is what is said, not who says it). */
    private SpeakerPhrase speakerOf(Sentence s, int cue) {
        SpeakerPhrase p = speakers.find(s, cue, history);
        return p != null && insideQuote(p.start()) && p.start() >= s.start() ? null : p;
    }

    /** Who owns a statement noun; "its"/"their" with no entity to stand for: the noun phrase before it. */
    private SpeakerPhrase owner(List<Token> tokens, NominalCue n) {
        SpeakerPhrase speaker = speakers.owner(tokens, n.possessor(), history);
        return speaker != null ? speaker : antecedents.of(tokens.get(n.possessor()));
    }

    /** "Among his demands: an apology and …": a statement noun with its possessor, what follows the colon. */
    private void nominalReported(Sentence s) {
        List<Token> tokens = s.tokens();
        NominalCue n = NominalCue.find(tokens, tokens.size());
        if (n == null || n.contentFrom() >= tokens.size() || insideQuote(tokens.get(n.noun()).start())
                || quotes.stream().anyMatch(q -> q.start() >= s.start() && q.start() < s.end())) {
            return;
        }
        SpeakerPhrase speaker = owner(tokens, n);
        if (speaker == null) {
            return;
        }
        String cue = article.text().substring(tokens.get(n.noun() - 1).start(), tokens.get(n.noun() + 1).end());
        add(new FoundStatement(s.start(), s.end(), tokens.get(n.contentFrom()).start(), lastWordEnd(tokens),
                Statement.REPORTED, speaker, cue, n.cueClass()));
    }

    /**
     * "According to X, …", "…, selon X.": what the sentence says, by the source named up to the next comma or full
     * stop. In a language without models (its words are not tagged), a source that names nobody the finder knows
     * is the phrase as written ("le gouverneur de la région"), when a comma ends it or it ends the sentence, in
     * at most {@value #MAX_UNTAGGED_SOURCE} tokens ("Laut Polizei starben …" has no end to tell).
     */
    private void accordingTo(Sentence s, int at, int length) {
        List<Token> tokens = s.tokens();
        int from = at + length;
        int to = from;
        while (to < tokens.size() && !tokens.get(to).word().equals(",") && !tokens.get(to).word().equals(".")) {
            to++;
        }
        int capitalised = accordingTo.sourceEnd(tokens, from);
        boolean delimited = capitalised > from && capitalised < to;
        to = delimited ? capitalised : to;
        if (from >= to) {
            return;
        }
        boolean leading = at == 0 || at == 1;
        SpeakerPhrase speaker = speakers.between(tokens, from, to - 1, history);
        if (speaker == null && untagged(tokens) && to - from <= MAX_UNTAGGED_SOURCE
                && (!leading || delimited || to < tokens.size() && tokens.get(to).word().equals(","))) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            speaker = new SpeakerPhrase(start, end, article.text().substring(start, end), null, false);
        }
        if (speaker == null || speaker.start() < tokens.get(from).start()) {
            return;
        }
        int next = delimited ? to : to + 1;
        int contentStart = leading ? (next < tokens.size() ? tokens.get(next).start() : tokens.get(to - 1).end())
                : s.start();
        int contentEnd = leading ? lastWordEnd(tokens) : tokens.get(Math.max(0, at - 1)).start() > s.start()
                ? tokens.get(at - 1).end() : tokens.get(at).start();
        if (contentEnd <= contentStart) {
            return;
        }
        add(new FoundStatement(s.start(), s.end(), contentStart, contentEnd, Statement.REPORTED, speaker,
                accordingTo.cue(tokens, at), Statement.SAY));
    }

    /** True when no word of the sentence has a part of speech (an annotator without models tags words FW). */
    private static boolean untagged(List<Token> tokens) {
        return tokens.stream().noneMatch(t -> t.pos() != null && (t.pos().startsWith("NN") || t.pos().startsWith("VB")))
                && tokens.stream().anyMatch(t -> "FW".equals(t.pos()));
    }

    /**
     * "She called the plan “reckless” and “unworkable”", "dismissed it as “a stunt”", "an inquiry found
     * “…”": quoted words right after the cue, with no verb or "that" between, are her words: one statement
     * whose parts are the quoted pieces of the rest of the sentence. It is reported, like any quoted fragment in
     * the narrator's own clause ({@link #isPartial}): the sentence is the narrator's, only the pieces are hers.
     */
    private boolean narration(Sentence s, int cue, SpeakerPhrase speaker) {
        List<Token> tokens = s.tokens();
        Token c = tokens.get(cue);
        List<org.crosscheck.model.Part> parts = new ArrayList<>();
        int end = c.end();
        boolean quoting = cues.of(c).direct().contains("quote");
        for (Quote q : allQuotes) {
            if (q.start() < c.end() || q.start() >= s.end() || quotes.contains(q)) {
                continue;
            }
            if (parts.isEmpty() ? !objectOnly(tokens, cue, q.start(), quoting) : verbBetween(tokens, end, q.start())) {
                break;
            }
            parts.add(new org.crosscheck.model.Part(q.contentStart(), q.contentEnd()));
            end = Math.max(end, q.end());
        }
        if (parts.isEmpty()) {
            return false;
        }
        add(new FoundStatement(Math.min(speaker.start(), c.start()), Math.max(end, speaker.end()), parts,
                Statement.REPORTED, speaker, cues.words(tokens, cue), cueClass(tokens, cue), false));
        return true;
    }

    /**
     * Only the cue's object (no verb, no "that", a few words) lies between the cue and the quotation, and
     * the cue quotes ("called it “…”") or the object is characterised ("dismissed it as “…”").
     */
    private static boolean objectOnly(List<Token> tokens, int cue, int quoteStart, boolean quoting) {
        int words = 0;
        boolean as = false;
        for (int j = cue + 1; j < tokens.size() && tokens.get(j).start() < quoteStart; j++) {
            Token t = tokens.get(j);
            if (t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"))
                    || t.word().equalsIgnoreCase("that") || ++words > 8) {
                return false;
            }
            as |= t.word().equalsIgnoreCase("as");
        }
        return quoting || as;
    }

    private static boolean verbBetween(List<Token> tokens, int from, int to) {
        return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.pos() != null
                && (t.pos().startsWith("VB") || t.pos().equals("MD")));
    }

    private void content(Sentence s, int cue, SpeakerPhrase speaker) {
        List<Token> tokens = s.tokens();
        Token cueToken = tokens.get(cue);
        // the particle of a two-word cue ("ruled out", "asked for") is the cue's, not the content's; "asked
        // whether …" keeps its conjunction, which makes the content a question
        int first = cues.words(tokens, cue).indexOf(' ') > 0 && isParticle(tokens.get(cue + 1)) ? cue + 2 : cue + 1;
        int after = pastPlaceOfSaying(tokens, first);
        while (after < tokens.size() && (tokens.get(after).end() <= speaker.end() && tokens.get(after).start()
                >= cueToken.end() || isFiller(tokens.get(after)) && !determinerThat(tokens, after))) {
            after++;
        }
        boolean framedByCommas = speaker.start() < cueToken.start() && speaker.start() > s.start()
                && ",".equals(tokenBefore(tokens, nounPhraseStart(tokens, phraseStart(tokens, speaker.start()))))
                && after < tokens.size()
                && (tokens.get(after).word().equals(",") || tokens.get(after).word().equals("."));
        String cueClass = cueClass(tokens, cue);
        // a stance verb may take a short object ("denied the charge", "condemned the rise", "welcomed the move")
        boolean shortObject = cues.of(cueToken).stance();
        int minWords = shortObject ? MIN_STANCE_WORDS : 3;
        int stop = coordinatedCue(tokens, after);
        List<org.crosscheck.model.Part> parts = new ArrayList<>();
        if (!framedByCommas && after < stop - 1 && wordsBetween(tokens, after, stop) >= minWords) {
            parts.add(new org.crosscheck.model.Part(tokens.get(after).start(), lastWordEnd(tokens.subList(0, stop))));
            org.crosscheck.model.Part second = shortObject ? null : sameKindClause(tokens, stop, cueClass);
            if (second != null) {
                parts.add(second);
            }
        } else {
            int attribution = Math.min(phraseStart(tokens, speaker.start()), cueToken.start());
            int contentEnd = attribution;
            while (contentEnd > s.start() && ",;:— ".indexOf(article.text().charAt(contentEnd - 1)) >= 0) {
                contentEnd--;
            }
            if (!CLOSES_CONTENT.contains(String.valueOf(tokenBefore(tokens, nounPhraseStart(tokens, attribution))))) {
                return;
            }
            parts.add(new org.crosscheck.model.Part(s.start(), contentEnd));
            if (framedByCommas && tokens.get(after).word().equals(",") && after + 1 < tokens.size()
                    && wordsBetween(tokens, after + 1, tokens.size()) >= 3) {
                // "In the new hall, she joked, the seats would be soft": the words on both sides
                parts.add(new org.crosscheck.model.Part(tokens.get(after + 1).start(), lastWordEnd(tokens)));
            }
        }
        int contentStart = parts.get(0).start();
        int contentEnd = parts.get(parts.size() - 1).end();
        if (!shortObject && parts.get(0).end() - contentStart < MIN_CONTENT_CHARS || startsAQuote(contentStart)
                || !namesSomething(tokens, contentStart, contentEnd)) {
            return;
        }
        add(new FoundStatement(Math.min(speaker.start(), Math.min(cueToken.start(), contentStart)),
                Math.max(contentEnd, Math.max(speaker.end(), cueToken.end())), parts,
                Statement.REPORTED, speaker, cues.words(tokens, cue), cueClass, false));
    }

    /**
     * "confirmed that A, but insisted B": a second cue of the same class joined at {@code conjunction}, each cue
     * with a clause of its own, says more of one statement: returns the second clause as a further part (the
     * statement the second cue makes on its own then lies inside this one and is dropped as a repeat), or null
     * when the second cue is of another class ("slammed it as … but said …"), takes a short object ("but welcomed
     * the fine") or has no clause of three words or more.
     */
    private org.crosscheck.model.Part sameKindClause(List<Token> tokens, int conjunction, String cueClass) {
        int verb = conjunction;
        while (verb < tokens.size() && (",".equals(tokens.get(verb).word()) || "CC".equals(tokens.get(verb).pos())
                || tokens.get(verb).pos() != null && tokens.get(verb).pos().startsWith("RB"))) {
            verb++;
        }
        if (verb >= tokens.size() - 1 || cues.of(tokens.get(verb)) == null || cues.of(tokens.get(verb)).stance()
                || !cueClass.equals(cueClass(tokens, verb))) {
            return null;
        }
        int first = isThat(tokens.get(verb + 1)) ? verb + 2 : verb + 1;
        int stop = coordinatedCue(tokens, first);
        if (first >= stop || wordsBetween(tokens, first, stop) < 3
                || !String.valueOf(tokens.get(verb).pos()).startsWith("VB")) {
            return null;
        }
        int end = lastWordEnd(tokens.subList(0, stop));
        // a clause: "insisted the plan was working", not "and urged calm"
        return verbBetween(tokens, tokens.get(first).start(), end)
                ? new org.crosscheck.model.Part(tokens.get(first).start(), end) : null;
    }

    /**
     * "condemned the vote and said it would sue": a second cue joined by "and" or "but" (and "also") begins a
     * statement of its own, so the first one's content stops before the conjunction; returns the index of the
     * conjunction, or the sentence's length when no cue is joined after {@code from}.
     */
    private int coordinatedCue(List<Token> tokens, int from) {
        for (int j = from + 1; j + 1 < tokens.size(); j++) {
            if (!"CC".equals(tokens.get(j).pos()) || insideQuote(tokens.get(j).start())) {
                continue;
            }
            int verb = j + 1;
            while (verb < tokens.size() - 1 && tokens.get(verb).pos().startsWith("RB")) {
                verb++;
            }
            if (cues.isCue(tokens, verb, false, quoteAt(tokens))) {
                return j > from + 1 && tokens.get(j - 1).word().equals(",") ? j - 1 : j;
            }
        }
        return tokens.size();
    }

    /**
     * "wrote in a letter that …", "posted on Instagram that …": a prepositional phrase saying where it was said,
     * then "that", stands before the content; returns the index after "that", or {@code from} when there is none.
     */
    private static int pastPlaceOfSaying(List<Token> tokens, int from) {
        if (from >= tokens.size() || !"IN".equals(tokens.get(from).pos()) || isThat(tokens.get(from))) {
            return from;
        }
        for (int j = from + 1; j < tokens.size() && j <= from + MAX_PLACE_OF_SAYING; j++) {
            Token t = tokens.get(j);
            if (isThat(t)) {
                return j + 1;
            }
            if (t.pos() == null || !PLACE_OF_SAYING.contains(t.pos())) {
                return from;
            }
        }
        return from;
    }

    private static boolean isParticle(Token t) {
        return "RP".equals(t.pos()) || Lexicon.PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isThat(Token t) {
        return t.word().equalsIgnoreCase("that") && "IN".equals(t.pos());
    }

    /**
     * Content says something about someone or something: it holds a noun, a pronoun or a number ("which Moscow
     * claims to have annexed" leaves only "to have annexed", whose object is outside it).
     */
    private static boolean namesSomething(List<Token> tokens, int from, int to) {
        return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.pos() != null
                && (t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("CD")))
                || endsInDeterminedAdjective(tokens, to);
    }

    /**
     * "welcomed the fine but …": a determiner and an adjective that end the content are a noun the tagger read as
     * an adjective (nothing follows for the adjective to describe).
     */
    private static boolean endsInDeterminedAdjective(List<Token> tokens, int to) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).end() == to) {
                return "JJ".equals(tokens.get(i).pos())
                        && ("DT".equals(tokens.get(i - 1).pos()) || "PRP$".equals(tokens.get(i - 1).pos()));
            }
        }
        return false;
    }

    /** Content that opens with a quotation is that quotation, already a direct statement. */
    private boolean startsAQuote(int offset) {
        int i = offset;
        while (i < article.text().length() && ",:; ".indexOf(article.text().charAt(i)) >= 0) {
            i++;
        }
        int first = i;
        return quotes.stream().anyMatch(q -> q.start() == first);
    }

    /** The start of the speaker phrase with its determiner ("the" before a resolved name). */
    private static int phraseStart(List<Token> tokens, int offset) {
        int start = offset;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            if (tokens.get(i).pos().equals("DT") && (i + 1 == tokens.size() || tokens.get(i + 1).start() >= offset)) {
                start = tokens.get(i).start();
            }
        }
        return start;
    }

    /** The start of the noun phrase that ends at an offset ("Governor" before "Tomas Reyes"). */
    private static int nounPhraseStart(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        int start = offset;
        for (int j = i - 1; j >= 0 && NOUN_PHRASE.contains(tokens.get(j).pos()); j--) {
            start = tokens.get(j).start();
        }
        return start;
    }

    private static String tokenBefore(List<Token> tokens, int offset) {
        String before = null;
        for (Token t : tokens) {
            if (t.end() > offset) {
                break;
            }
            before = t.word();
        }
        return before;
    }

    private static boolean isFiller(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("that") || w.equals("on") || "DATE".equals(t.ner())
                || "TIME".equals(t.ner());
    }

    /**
     * "rejected that account", "denied that claim on Friday": "that" before a noun that ends its phrase (no verb,
     * no further noun after it) is a determiner, part of the content, whatever the tagger said; "said that
     * prices rose" is a conjunction.
     */
    private static boolean determinerThat(List<Token> tokens, int i) {
        if (!tokens.get(i).word().equalsIgnoreCase("that")) {
            return false;
        }
        if ("DT".equals(tokens.get(i).pos())) {
            return true;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NN")) {
            return false;
        }
        if (i + 2 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 2).pos();
        return next.equals("IN") || next.equals("TO") || next.equals("CC") || !Character.isLetterOrDigit(
                tokens.get(i + 2).word().charAt(0));
    }

    private static int wordsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(tokens.get(i).word().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private static int lastWordEnd(List<Token> tokens) {
        int i = tokens.size() - 1;
        while (i > 0 && !Character.isLetterOrDigit(tokens.get(i).word().charAt(0))
                && "”\"’)]".indexOf(tokens.get(i).word().charAt(0)) < 0) {
            i--;
        }
        return tokens.get(i).end();
    }

    private int cueOutsideQuotes(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!insideQuote(tokens.get(i).start()) && cues.isCue(tokens, i, true, quoteAt(tokens))) {
                return i;
            }
        }
        return -1;
    }

    private boolean attributesAQuote(Sentence s, int cue) {
        return quotes.stream().anyMatch(q -> q.start() < s.end() && q.end() > s.start())
                && cueOutsideQuotes(s.tokens()) == cue;
    }

    private boolean insideQuote(int offset) {
        return allQuotes.stream().anyMatch(q -> q.contains(offset));
    }

    /** Tells, by token index, whether a quotation opens at a token of the sentence. */
    private java.util.function.IntPredicate quoteAt(List<Token> tokens) {
        return j -> allQuotes.stream().anyMatch(q -> q.start() == tokens.get(j).start());
    }

    /** The latest speaker in this or the previous paragraph, for a quote standing alone. */
    private SpeakerPhrase previousSpeaker(int at) {
        int paragraphStart = article.text().lastIndexOf("\n\n", at);
        int previousStart = paragraphStart < 0 ? 0 : article.text().lastIndexOf("\n\n", Math.max(0, paragraphStart - 1));
        for (int k = found.size() - 1; k >= 0; k--) {
            FoundStatement f = found.get(k);
            if (f.speaker() != null && f.end() <= at && f.start() >= Math.max(0, previousStart)) {
                return f.speaker();
            }
        }
        return null;
    }

    /** A paragraph "— Name (@handle) date" signs the paragraph before it as the named person's post. */
    private void embeddedPosts() {
        String text = article.text();
        int paragraph = 0;
        int previous = -1;
        while (paragraph < text.length()) {
            int end = text.indexOf("\n\n", paragraph);
            end = end < 0 ? text.length() : end;
            Matcher m = POST_SIGNATURE.matcher(text.substring(paragraph, end));
            if (m.find() && previous >= 0 && text.substring(paragraph, end).contains("@")) {
                SpeakerPhrase signer = speakers.find(tokensOf(paragraph), 0, history);
                SpeakerPhrase speaker = signer != null ? signer : new SpeakerPhrase(paragraph + m.start(1),
                        paragraph + m.end(1), m.group(1), null, true);
                int postStart = previous;
                int postEnd = paragraph - 2;
                found.removeIf(f -> f.start() >= postStart && f.end() <= postEnd && f.speaker() == null);
                found.add(new FoundStatement(postStart, end, postStart, postEnd, Statement.DIRECT, speaker, "posted",
                        Statement.POST));
            }
            previous = paragraph;
            paragraph = end + 2;
        }
    }

    private List<Token> tokensOf(int paragraphStart) {
        for (Sentence s : annotation.sentences()) {
            if (s.start() >= paragraphStart) {
                List<Token> tokens = new ArrayList<>(s.tokens());
                tokens.add(0, new Token(s.start(), s.start(), "", "VBD", "say", "O", null));
                return tokens;
            }
        }
        return List.of();
    }

    private void add(FoundStatement candidate) {
        FoundStatement f = candidate.speaker() != null && candidate.speaker().entity() == null
                && UntaggedAttribution.isPronoun(article.language(), candidate.speaker().text())
                ? withSpeaker(candidate, pronounSpeaker(candidate)) : candidate;
        found.add(f);
        if (f.speaker() != null) {
            history.add(f.speaker());
        }
    }

    private static FoundStatement withSpeaker(FoundStatement f, SpeakerPhrase speaker) {
        return speaker == null ? f : new FoundStatement(f.start(), f.end(), f.parts(), f.mode(), speaker, f.cue(),
                f.cueClass(), f.continues(), f.from());
    }

    /**
     * In a language without models, "elle"/"вона" stands for the speaker the paragraph is about (its first word is
     * the last word of an earlier speaker: "Варга звинуватила … «…», – сказала вона."), else for the latest speaker
     * of this or the previous paragraph; null when there is none. The pronoun's offsets are kept.
     */
    private SpeakerPhrase pronounSpeaker(FoundStatement f) {
        SpeakerPhrase pronoun = f.speaker();
        String text = article.text();
        int paragraph = text.lastIndexOf("\n\n", pronoun.start());
        paragraph = paragraph < 0 ? 0 : paragraph + 2;
        Matcher first = FIRST_WORD.matcher(text.substring(paragraph, pronoun.start()));
        SpeakerPhrase latest = previousSpeaker(f.start());
        for (int k = history.size() - 1; k >= 0 && first.lookingAt(); k--) {
            String h = history.get(k).text();
            if (first.group(1).length() > 2 && (h.endsWith(" " + first.group(1)) || h.equals(first.group(1)))) {
                latest = history.get(k);
                break;
            }
        }
        return latest == null ? null : new SpeakerPhrase(pronoun.start(), pronoun.end(), latest.text(),
                latest.entity(), latest.person());
    }
}
