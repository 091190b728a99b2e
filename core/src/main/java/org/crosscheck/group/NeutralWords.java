package org.crosscheck.group;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What two articles in different languages can share: the names and numbers of a text, in text order, as keys
 * that do not depend on language or script. A name (a capitalised word of four letters or more) is transliterated to
 * Latin (ICU4J {@code Any-Latin; Latin-ASCII}), lower-cased, folded to one spelling of its sounds ({@link #fold})
 * and cut to its first {@value #STEM} letters, so that "Варенко", "Varenko" and "Varenkos" meet, and so do "Вельморы"
 * and "Velmora", "Пельц" and "Peltz"; a capitalised word that only starts sentences is no name. A number written in digits is its
 * digits without grouping ("12 000", "12,000", "12.000": "#12000"). Thread-safe.
 */
final class NeutralWords {

    /** Letters of a name that are kept: enough to tell names apart, few enough to pass case endings. */
    static final int STEM = 5;
    private static final int MIN_NAME = 4;
    /**
     * The fewest keys an article needs for its event to be told by them (a bare link has three or so; a short report
     * in another language six or seven: "Марит", "Тессин", "Керрин", "Варенко", 38, 40).
     */
    static final int ENOUGH = 6;
    /**
     * The fewest keys each article of a pair needs to be told a translation by them: two short independent reports
     * of one event share most of their few names and numbers, in order.
     */
    static final int TRANSLATION_KEYS = 8;
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}{1,3}(?:[ ,.\u00a0\u202f\u2009]\\p{N}{3})+(?![\\p{N}])|\\p{N}+|\\p{L}[\\p{L}\\p{M}'’]*");
    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NeutralWords() {
    }

    /**
     * Returns the names and numbers of a text.
     *
     * @param text any text
     * @return their keys, in text order
     */
    static List<String> of(String text) {
        List<String[]> found = new ArrayList<>();
        java.util.Set<String> inside = new java.util.HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                String digits = w.replaceAll("[^\\p{N}]", "");
                if (digits.length() > 1) {
                    found.add(new String[] {"#" + digits, "inside"});
                }
            } else if (Character.isUpperCase(w.codePointAt(0)) && w.codePointCount(0, w.length()) >= MIN_NAME) {
                String key = key(w);
                if (latin(w).length() >= MIN_NAME) {
                    boolean first = startsSentence(text, m.start());
                    found.add(new String[] {key, first ? "first" : "inside"});
                    if (!first) {
                        inside.add(key);
                    }
                }
            }
        }
        // a capitalised word that starts a sentence is a name only if the text capitalises it elsewhere too
        // ("Rescuers reached …", "Nous fouillons …" are not)
        return found.stream().filter(k -> k[1].equals("inside") || inside.contains(k[0])).map(k -> k[0]).toList();
    }

    /** A name's key: Latin letters folded to one spelling of their sound, cut to {@value #STEM}. */
    static String key(String word) {
        String k = fold(latin(word));
        return k.substring(0, Math.min(STEM, k.length()));
    }

    /**
     * Folds the spellings one sound has in the Latin transliterations and in names of European languages to one, so
     * that "Peltz" and "Pelc" (from "Пельц"), "Ilse" and "Ilze", "Kowaltschuk" and "Kovalchuk" meet.
     *
     * @param latin lower-case ASCII letters
     * @return the folded letters, doubled letters made single
     */
    static String fold(String latin) {
        String f = latin.replace("tsch", "c").replace("sch", "s").replace("tz", "c").replace("ts", "c")
                .replace("ch", "c").replace("kh", "h").replace("ck", "k").replace("ph", "f").replace('w', 'v')
                .replace('z', 's').replace('y', 'i').replace('j', 'i').replace('q', 'k').replace("x", "ks");
        StringBuilder out = new StringBuilder();
        for (char c : f.toCharArray()) {
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when only a sentence end, a line break, a quotation mark or a dash stands before the offset. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "«»\"“”„‘’'–—-(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Returns a word in lower-case ASCII letters: transliterated when it has letters of another script.
     *
     * @param word a word
     * @return its letters, lower case, without marks and apostrophes ("Сольберг": "solberg")
     */
    static String latin(String word) {
        String w = isAscii(word) ? word : LATIN.get().transliterate(word);
        return w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Tells whether a word is written in a script other than Latin (Cyrillic, Greek, Arabic …).
     *
     * @param word a word
     * @return true when one of its letters is not Latin
     */
    static boolean otherScript(String word) {
        return word.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    private static boolean isAscii(String w) {
        return w.chars().allMatch(c -> c < 128);
    }

    /**
     * Tells whether an article has names and numbers enough to be compared by them.
     *
     * @param keys its keys
     * @return true for {@value #ENOUGH} keys or more
     */
    static boolean enough(List<String> keys) {
        return keys.size() >= ENOUGH;
    }

    /**
     * Tells whether an article has names and numbers enough to be told a translation by them.
     *
     * @param keys its keys
     * @return true for {@value #TRANSLATION_KEYS} keys or more
     */
    static boolean enoughToTranslate(List<String> keys) {
        return keys.size() >= TRANSLATION_KEYS;
    }

    /**
     * How much of two key sequences is shared, as the cosine of their sets.
     *
     * @param a one article's keys
     * @param b the other's
     * @return shared keys over the geometric mean of the two set sizes; 0 when either is empty
     */
    static double overlap(List<String> a, List<String> b) {
        java.util.Set<String> sa = new java.util.HashSet<>(a);
        java.util.Set<String> sb = new java.util.HashSet<>(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        long shared = sa.stream().filter(sb::contains).count();
        return shared / Math.sqrt(sa.size() * (double) sb.size());
    }

    /**
     * How much of the shorter sequence the other holds in the same order (the longest common subsequence).
     *
     * @param a one article's keys
     * @param b the other's
     * @return [share of a found in order in b, share of b found in order in a]
     */
    static double[] inOrder(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return new double[] {0, 0};
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                lcs[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        int n = lcs[a.size()][b.size()];
        return new double[] {n / (double) a.size(), n / (double) b.size()};
    }
}
