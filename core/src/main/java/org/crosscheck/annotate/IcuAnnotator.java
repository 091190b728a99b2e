package org.crosscheck.annotate;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * {@link Annotator} for a language without models: sentences and tokens from ICU4J's {@link BreakIterator} for the
 * article's language (CLDR's sentence-break exceptions on, so "Dr. Müller" does not end a sentence; a dictionary
 * for Chinese, Japanese and Thai words), dates by the language's month and weekday names ({@link IcuDates}), and
 * nothing else. A single letter with a full stop ("M. Dupont",
 * "г. Иванов", "т. е.") ends no sentence, nor does a day written as an ordinal before a month of the language
 * (CLDR's names: "am 3. März", "3. března"); a paragraph break (blank line) always ends one, as with
 * {@link CoreNlpAnnotator}. Tokens are tagged only with what their characters tell, in Penn
 * Treebank's tags so the extractors read them as they read CoreNLP's: a run of letters is {@code FW} (foreign
 * word), a number {@code CD}, punctuation {@code .}, {@code ,} or {@code :}, anything else {@code SYM}; no lemma,
 * named-entity tag {@code O} but {@code DATE} on dates, no normalised value, no parse. Thread-safe: each call clones the iterators.
 */
public final class IcuAnnotator implements Annotator {

    private static final Pattern INITIAL = Pattern.compile("(?<!\\p{L})\\p{L}\\.\\s*$");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{N}.])\\p{N}{1,2}\\.\\s*$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)");
    private final Map<String, Language> languages = new ConcurrentHashMap<>();

    /** What splitting a language needs: its iterators (prototypes, cloned for each use) and month names. */
    private record Language(BreakIterator sentences, BreakIterator words, Set<String> months, Set<String> dateNames,
                            IcuDates.YearWords years) {
    }

    @Override
    public Annotation annotate(Article article) {
        String text = article.text();
        Language language = language(article.language());
        BreakIterator sentences = (BreakIterator) language.sentences().clone();
        BreakIterator words = (BreakIterator) language.words().clone();
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        while (paragraph < text.length()) {
            int blank = text.indexOf("\n\n", paragraph);
            int end = blank < 0 ? text.length() : blank;
            if (end > paragraph) {
                split(text, paragraph, end, sentences, words, language, out);
            }
            paragraph = end + 2;
        }
        return new Annotation(article.id(), out);
    }

    /** Adds the sentences of text[from, to), a paragraph. */
    private static void split(String text, int from, int to, BreakIterator sentences, BreakIterator words,
                              Language language, List<Sentence> out) {
        String paragraph = text.substring(from, to);
        sentences.setText(paragraph);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            if (end < paragraph.length() && (INITIAL.matcher(paragraph.substring(start, end)).find()
                    || ORDINAL.matcher(paragraph.substring(start, end)).find()
                    && language.months().contains(firstWord(paragraph.substring(end))))) {
                // "г. Иванов", "z. B.": a letter and a full stop abbreviate; "am 3. März": a day written as an
                // ordinal before a month; neither ends a sentence
                continue;
            }
            List<Token> tokens = IcuDates.tag(tokens(text, from + start, paragraph.substring(start, end), words),
                    language.dateNames(), language.years());
            start = end;
            if (!tokens.isEmpty()) {
                out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens,
                        List.of()));
            }
        }
    }

    /** The tokens of one sentence that starts at offset {@code at} of the text. */
    private static List<Token> tokens(String text, int at, String sentence, BreakIterator words) {
        words.setText(sentence);
        List<Token> tokens = new ArrayList<>();
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE;
             start = end, end = words.next()) {
            String word = sentence.substring(start, end);
            if (word.isBlank()) {
                continue;
            }
            tokens.add(new Token(at + start, at + end, text.substring(at + start, at + end),
                    tag(word, words.getRuleStatus()), null, "O", null));
        }
        return tokens;
    }

    /** A Penn Treebank tag from what the token's characters tell. */
    private static String tag(String word, int status) {
        if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
            return "CD";
        }
        if (status >= BreakIterator.WORD_LETTER && status < BreakIterator.WORD_IDEO_LIMIT) {
            return "FW";
        }
        return switch (word) {
            case ".", "!", "?", "…", "。", "！", "？", "؟", "।" -> ".";
            case ",", "،", "、", "，" -> ",";
            case ":", ";", "-", "–", "—" -> ":";
            default -> "SYM";
        };
    }

    private static String firstWord(String s) {
        Matcher m = FIRST_WORD.matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** What splitting a language needs, made once per language (month names from CLDR, in lower case). */
    private Language language(String tag) {
        String primary = LanguageRouter.primary(tag);
        return languages.computeIfAbsent(primary == null ? "und" : primary, l -> {
            ULocale locale = ULocale.forLanguageTag(l + "-u-ss-standard");
            DateFormatSymbols symbols = new DateFormatSymbols(locale);
            Set<String> months = new HashSet<>();
            for (String[] names : List.of(symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE),
                    symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE))) {
                for (String name : names) {
                    months.add(name.toLowerCase(Locale.ROOT));
                }
            }
            Set<String> dateNames = new HashSet<>(months);
            // wide weekday names only: abbreviations are also words ("sept" is French seven, "mar" Spanish sea)
            for (String name : symbols.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)) {
                if (!name.isEmpty()) {
                    dateNames.add(name.toLowerCase(Locale.ROOT));
                }
            }
            return new Language(BreakIterator.getSentenceInstance(locale), BreakIterator.getWordInstance(locale),
                    Set.copyOf(months), Set.copyOf(dateNames), IcuDates.YearWords.of(l));
        });
    }
}
