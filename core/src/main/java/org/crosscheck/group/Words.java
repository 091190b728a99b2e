package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.pipeline.DataFiles;

/**
 * Splits text into lower-case words for comparison, and drops the most common English function words
 * ({@code stopwords-en.txt}).
 */
public final class Words {

    /** A word as comparison reads it: letters and digits, with one apostrophe ending ("Obama's", "don't"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    static final Set<String> STOP = stopWords("stopwords-en.txt");

    private Words() {
    }

    /** All words, lower case, in order. */
    static List<String> all(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Content words: no function words, no one-letter words, plurals and possessives folded.
     *
     * @param text any text
     * @return its content words in order
     */
    public static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String w : all(text)) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private static Set<String> stopWords(String name) {
        return DataFiles.rows(Words.class, name).stream().map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
    }

    /** A light plural and possessive folding, enough for overlap measures. */
    static String stem(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
