package org.crosscheck.extract;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.pipeline.LanguageTags;

/**
 * The double quotation marks of a language: those every text is read with (“…”, «…», "…", each closed by ”, » or
 * "), and the language's own primary and alternate pairs from CLDR (ICU4J's {@link LocaleData}: „…“ in German and
 * Czech, „…” in Polish, „…“ as Russian's inner quotes, ‚…‘, 「…」 and 『…』 in Japanese), each closed by its own
 * mark or by one of every text's (pages often close „ with ”). A pair that closes with an apostrophe (’, ') or with
 * its opening mark is left out: words hold those.
 * Immutable; one instance per language.
 */
final class QuoteMarks {

    private static final String BASE_OPENING = "“«\"";
    private static final String BASE_CLOSING = "”»\"";
    private static final Map<String, QuoteMarks> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Opening marks of the language's own pairs, to their closing mark. */
    private final Map<Character, Character> pairs = new HashMap<>();

    private QuoteMarks(String language) {
        if (language == null) {
            return;
        }
        LocaleData data = LocaleData.getInstance(ULocale.forLanguageTag(language));
        add(data.getDelimiter(LocaleData.QUOTATION_START), data.getDelimiter(LocaleData.QUOTATION_END));
        add(data.getDelimiter(LocaleData.ALT_QUOTATION_START), data.getDelimiter(LocaleData.ALT_QUOTATION_END));
    }

    private void add(String open, String close) {
        if (open == null || close == null || open.length() != 1 || close.length() != 1) {
            return;
        }
        char o = open.charAt(0);
        char c = close.charAt(0);
        if (o != c && c != '’' && c != '\'' && BASE_OPENING.indexOf(o) < 0) {
            pairs.putIfAbsent(o, c);
        }
    }

    /**
     * Returns the marks of a language.
     *
     * @param language an ISO 639-1 code or language tag ("de", "ru-UA"), or null for the marks of every text only
     * @return its marks
     */
    static QuoteMarks of(String language) {
        String primary = LanguageTags.primary(language);
        return BY_LANGUAGE.computeIfAbsent(primary == null ? "" : primary, l -> new QuoteMarks(l.isEmpty() ? null : l));
    }

    /**
     * Tells whether a character opens a quotation.
     *
     * @param c the character
     * @return true for an opening mark of every text or of the language
     */
    boolean opens(char c) {
        return BASE_OPENING.indexOf(c) >= 0 || pairs.containsKey(c);
    }

    /**
     * Tells whether a character closes the quotation a mark opened.
     *
     * @param opening the mark that opened it
     * @param c       the character
     * @return true when {@code c} closes it
     */
    boolean closes(char opening, char c) {
        Character own = pairs.get(opening);
        return own != null && own == c || BASE_CLOSING.indexOf(c) >= 0;
    }
}
