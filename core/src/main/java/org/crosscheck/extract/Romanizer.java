package org.crosscheck.extract;

import com.ibm.icu.text.Transliterator;

/**
 * Writes a name of another script in Latin letters as English-language news spell it, so that "Достоєвський",
 * "Достоевский", "Dostoevsky" and "Dostoyevskiy" can be compared: ICU4J's BGN/PCGN romanisations for Cyrillic (Ukrainian when
 * the word has a letter only Ukrainian writes: і ї є ґ; else Russian) and Greek, then ICU's {@code Any-Latin} for the
 * rest (Devanagari, Arabic …) and {@code Latin-ASCII}. Thread-safe.
 */
public final class Romanizer {

    private static final String ASCII = "; Any-Latin; Latin-ASCII";
    private static final ThreadLocal<Transliterator> UKRAINIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN" + ASCII));
    private static final ThreadLocal<Transliterator> RUSSIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN" + ASCII));
    private static final ThreadLocal<Transliterator> GREEK =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Greek-Latin/BGN" + ASCII));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final String UKRAINIAN_ONLY = "іїєґІЇЄҐ";

    private Romanizer() {
    }

    /**
     * Tells whether a word has letters of a script other than Latin.
     *
     * @param word a word or name
     * @return true when one of its letters is not Latin
     */
    public static boolean otherScript(String word) {
        return word.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    /**
     * Writes a name in Latin letters.
     *
     * @param name a name or name part in any script
     * @return the name itself when it is all Latin, else its romanisation
     */
    public static String latin(String name) {
        if (!otherScript(name)) {
            return name;
        }
        return transliterator(name).get().transliterate(name);
    }

    private static ThreadLocal<Transliterator> transliterator(String name) {
        int first = name.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN).findFirst().orElse('a');
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        if (script == Character.UnicodeScript.CYRILLIC) {
            return name.chars().anyMatch(c -> UKRAINIAN_ONLY.indexOf(c) >= 0) ? UKRAINIAN : RUSSIAN;
        }
        return script == Character.UnicodeScript.GREEK ? GREEK : ANY;
    }
}
