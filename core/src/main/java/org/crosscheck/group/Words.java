package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into lower-case words for comparison, and drops the most common English function words. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "it",
            "its", "that", "this", "these", "those", "which", "who", "whom", "he", "she", "they", "them", "his",
            "her", "their", "we", "our", "you", "your", "i", "me", "my", "not", "no", "so", "if", "than", "then",
            "there", "here", "also", "into", "about", "after", "before", "over", "under", "up", "down", "out", "said",
            "says", "say", "would", "could", "should", "will", "can", "may", "might", "do", "does", "did", "what",
            "when", "where", "why", "how", "all", "any", "some", "more", "most", "other", "such", "only", "own",
            "same", "just", "very", "one", "two", "new", "s", "t", "http", "https", "www", "com", "html", "htm");

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

    /** Content words: no function words, no one-letter words. */
    static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String w : all(text)) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
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
