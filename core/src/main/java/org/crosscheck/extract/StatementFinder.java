package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Token;

/**
 * Finds the statements of one article. Direct: each quotation of four words or more, attributed by the
 * cue verb and speaker of its sentence, else by the latest attribution in the same or previous paragraph
 * (a quote standing alone continues the previous speaker), or by an embedded post's signature line
 * ("— Name (@handle) date"). Reported: each speech cue outside quotations with a speaker phrase
 * ("X said that…", "X accused Y of…", "X called on Y to…", "X denied…", "…, X said."), and "according to X".
 */
final class StatementFinder {

    private static final int MIN_QUOTE_WORDS = 4;
    private static final Pattern POST_SIGNATURE = Pattern.compile("^[—–-]\\s*(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3})");

    private final Article article;
    private final Annotation annotation;
    private final SpeakerFinder speakers;
    private final List<Quote> quotes;
    private final List<SpeakerPhrase> history = new ArrayList<>();
    private final List<FoundStatement> found = new ArrayList<>();

    StatementFinder(Article article, Annotation annotation, EntityIndex entities) {
        this.article = article;
        this.annotation = annotation;
        this.speakers = new SpeakerFinder(article.id(), article.text(), entities);
        this.quotes = QuoteFinder.find(article.text()).stream()
                .filter(q -> QuoteFinder.words(article.text(), q) >= MIN_QUOTE_WORDS && !isPartial(article.text(), q))
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
        for (Sentence s : annotation.sentences()) {
            direct(s);
            reported(s);
        }
        embeddedPosts();
        found.removeIf(this::repeatsAnother);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
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
            Sentence at = attributingSentence(q, s);
            int cue = cueOutsideQuotes(at.tokens());
            SpeakerPhrase speaker = cue >= 0 ? speakers.find(at, cue, history) : null;
            String cueWord = cue >= 0 ? at.tokens().get(cue).word() : null;
            if (speaker == null) {
                speaker = previousSpeaker(q.start());
                cueWord = null;
            }
            int start = Math.min(q.start(), speaker != null && cue >= 0 ? Math.min(speaker.start(),
                    at.tokens().get(cue).start()) : q.start());
            int end = Math.max(q.end(), speaker != null && cue >= 0 ? Math.max(speaker.end(),
                    at.tokens().get(cue).end()) : q.end());
            add(new FoundStatement(start, end, q.contentStart(), q.contentEnd(), Statement.DIRECT, speaker, cueWord));
        }
    }

    /** The first sentence overlapping the quote (or right after it) with a speech cue outside quotations. */
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
            if (t.word().equalsIgnoreCase("according") && i + 1 < tokens.size() && tokens.get(i + 1).word().equals("to")) {
                accordingTo(s, i);
            } else if (isCue(tokens, i) && !attributesAQuote(s, i)) {
                SpeakerPhrase speaker = speakers.find(s, i, history);
                if (speaker != null) {
                    content(s, i, speaker);
                }
            }
        }
    }

    private void accordingTo(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        int from = at + 2;
        int to = from;
        while (to < tokens.size() && !tokens.get(to).word().equals(",") && !tokens.get(to).word().equals(".")) {
            to++;
        }
        if (from >= to) {
            return;
        }
        SpeakerPhrase speaker = speakers.between(tokens, from, to - 1, history);
        if (speaker == null || speaker.start() < tokens.get(from).start()) {
            return;
        }
        boolean leading = at == 0 || at == 1;
        int contentStart = leading ? (to + 1 < tokens.size() ? tokens.get(to + 1).start() : tokens.get(to - 1).end())
                : s.start();
        int contentEnd = leading ? lastWordEnd(tokens) : tokens.get(Math.max(0, at - 1)).start() > s.start()
                ? tokens.get(at - 1).end() : tokens.get(at).start();
        if (contentEnd <= contentStart) {
            return;
        }
        add(new FoundStatement(s.start(), s.end(), contentStart, contentEnd, Statement.REPORTED, speaker,
                "according to"));
    }

    private void content(Sentence s, int cue, SpeakerPhrase speaker) {
        List<Token> tokens = s.tokens();
        Token cueToken = tokens.get(cue);
        int after = cue + 1;
        while (after < tokens.size() && (tokens.get(after).end() <= speaker.end() && tokens.get(after).start()
                >= cueToken.end() || isFiller(tokens.get(after)))) {
            after++;
        }
        int contentStart;
        int contentEnd;
        boolean framedByCommas = speaker.start() < cueToken.start() && speaker.start() > s.start()
                && ",".equals(tokenBefore(tokens, phraseStart(tokens, speaker.start()))) && after < tokens.size()
                && (tokens.get(after).word().equals(",") || tokens.get(after).word().equals("."));
        if (!framedByCommas && after < tokens.size() - 1 && wordsBetween(tokens, after, tokens.size()) >= 3) {
            contentStart = tokens.get(after).start();
            contentEnd = lastWordEnd(tokens);
        } else {
            contentStart = s.start();
            contentEnd = Math.min(phraseStart(tokens, speaker.start()), cueToken.start());
            while (contentEnd > contentStart && ",;:— ".indexOf(article.text().charAt(contentEnd - 1)) >= 0) {
                contentEnd--;
            }
        }
        if (contentEnd - contentStart < 10 || startsAQuote(contentStart)) {
            return;
        }
        add(new FoundStatement(Math.min(speaker.start(), Math.min(cueToken.start(), contentStart)),
                Math.max(contentEnd, Math.max(speaker.end(), cueToken.end())), contentStart, contentEnd,
                Statement.REPORTED, speaker, cueWords(tokens, cue)));
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

    private static String cueWords(List<Token> tokens, int cue) {
        String word = tokens.get(cue).word();
        if (cue + 1 < tokens.size() && Lexicon.NEEDS_PARTICLE.contains(tokens.get(cue).lemma())) {
            return word + " " + tokens.get(cue + 1).word();
        }
        return word;
    }

    /** A speech verb; verbs such as "call" count only with their particle ("called on", "ruled out"). */
    static boolean isCue(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.pos() == null || !t.pos().startsWith("VB") || t.lemma() == null
                || !Lexicon.SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!Lexicon.NEEDS_PARTICLE.contains(t.lemma())) {
            return true;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        return switch (t.lemma()) {
            case "call" -> next.equals("on") || next.equals("for");
            case "rule" -> next.equals("out");
            default -> next.equals("that");
        };
    }

    private int cueOutsideQuotes(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!insideQuote(tokens.get(i).start()) && isCue(tokens, i)) {
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
        return quotes.stream().anyMatch(q -> q.contains(offset));
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
                found.add(new FoundStatement(postStart, end, postStart, postEnd, Statement.DIRECT, speaker, "posted"));
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

    private void add(FoundStatement f) {
        found.add(f);
        if (f.speaker() != null) {
            history.add(f.speaker());
        }
    }
}
