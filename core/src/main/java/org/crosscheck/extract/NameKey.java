package org.crosscheck.extract;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares names across spelling and transliteration variants (Yuriy/Yurii, Hrytsenko/Grytsenko,
 * Lindqvist/Lindquist, Odessa/Odesa, Oleksiy/Aleksei) without a list of known pairs: names are folded to a
 * phonetic-ish key (accents, y/i, g/h, doubled letters, common digraphs) and compared with Jaro-Winkler
 * similarity (Apache Commons Text) and by their consonant skeleton. A name written in another script is first
 * romanised as English-language news write it ({@link Romanizer}: "Зеленський" as "Zelens'kyy"), so that it meets
 * its Latin spellings; z and s, which one script's voicing rule and another's spelling write apart ("Ільзе" and
 * "Ilse"), are one letter only when a name of another script is compared.
 */
public final class NameKey {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final double SAME = 0.9;
    /** Short names differ by one letter more often (Marta, Maria), so they must be closer. */
    private static final double SAME_SHORT = 0.94;
    private static final int LONG = 6;

    // resolution compares the same names many times: keep their keys (bounded, thread-safe)
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^a-z ]");
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("([a-z])\\1+");

    private NameKey() {
    }

    /**
     * Folds a name to its comparison key.
     *
     * @param name a name or name part
     * @return the key: lower case, ASCII letters, variants folded
     */
    public static String key(String name) {
        String cached = KEYS.get(name);
        if (cached != null) {
            return cached;
        }
        String s = MARKS.matcher(Normalizer.normalize(Romanizer.latin(name), Normalizer.Form.NFD)).replaceAll("");
        s = NOT_LETTER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = s.replace("kh", "h").replace("ks", "x").replace("ck", "k").replace("ph", "f").replace("tz", "ts")
                .replace("w", "v").replace('y', 'i').replace('g', 'h').replace('j', 'i').replace('c', 'k');
        String key = DOUBLED.matcher(s).replaceAll("$1");
        if (KEYS.size() > MAX_CACHED) {
            KEYS.clear();
        }
        KEYS.put(name, key);
        return key;
    }

    /**
     * Returns a key's consonants only, which survive most vowel transliteration differences.
     *
     * @param key a key from {@link #key}
     * @return the consonants
     */
    static String skeleton(String key) {
        return key.replaceAll("[aeiou ]", "");
    }

    /**
     * Tells whether two name parts are spellings of one name.
     *
     * @param a a name part
     * @param b another
     * @return true when their keys are equal, very similar, or share a consonant skeleton of three or more
     */
    public static boolean sameName(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (Romanizer.otherScript(a) || Romanizer.otherScript(b)) {
            ka = ka.replace('z', 's');
            kb = kb.replace('z', 's');
        }
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        double needed = Math.min(ka.length(), kb.length()) >= LONG ? SAME : SAME_SHORT;
        if (ka.equals(kb) || JW.apply(ka, kb) >= needed) {
            return true;
        }
        String sa = skeleton(ka);
        return sa.length() >= 2 && sa.equals(skeleton(kb)) && Math.abs(ka.length() - kb.length()) <= 2;
    }
}
