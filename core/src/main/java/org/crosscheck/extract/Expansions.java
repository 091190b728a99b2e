package org.crosscheck.extract;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of organisation names, with acronyms inside a name spelled out from the corpus
 * itself: "UN" in "UN Human Rights Office" becomes "united nations" when some organisation name of the
 * corpus holds "United Nations" (capitalised words whose initials spell it) and no other expansion. An
 * acronym with two possible expansions is left as it is. What is learned does not depend on the order of the
 * names, so a distributed run can gather the pairs of {@link #learned} by acronym and keep those with one
 * expansion ({@link #of}).
 */
public final class Expansions {

    private static final Set<String> SMALL = Set.of("of", "the", "for", "and", "on", "in", "de", "to", "at", "a");
    private final Map<String, List<String>> byAcronym = new HashMap<>();
    private final Set<String> ambiguous = new java.util.HashSet<>();

    /**
     * Learns the expansions from names.
     *
     * @param names organisation names as written
     */
    public Expansions(Collection<String> names) {
        for (String name : names) {
            for (Map.Entry<String, List<String>> e : learned(name)) {
                add(e.getKey(), e.getValue());
            }
        }
    }

    private Expansions(Map<String, List<String>> unambiguous) {
        byAcronym.putAll(unambiguous);
    }

    /**
     * Makes the expansions from acronyms that each have one expansion in the whole corpus.
     *
     * @param unambiguous each acronym's one expansion, as content words
     * @return the expansions
     */
    public static Expansions of(Map<String, List<String>> unambiguous) {
        return new Expansions(unambiguous);
    }

    /**
     * Returns what one name teaches: every run of two to six capitalised words, with its initials.
     *
     * @param name an organisation name as written
     * @return (initials, the run's content words) pairs, possibly one acronym with several runs
     */
    public static List<Map.Entry<String, List<String>>> learned(String name) {
        String[] words = name.split("\\s+");
        List<Map.Entry<String, List<String>>> out = new ArrayList<>();
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 2; to <= Math.min(words.length, from + 6); to++) {
                if (!capitalised(words[to - 1]) || !capitalised(words[from])) {
                    continue;
                }
                List<String> run = new ArrayList<>();
                StringBuilder initials = new StringBuilder();
                boolean ok = true;
                for (int k = from; k < to; k++) {
                    ok &= capitalised(words[k]);
                    run.add(key(words[k]));
                    initials.append(words[k].charAt(0));
                }
                if (ok) {
                    out.add(new AbstractMap.SimpleImmutableEntry<>(initials.toString(), List.copyOf(run)));
                }
            }
        }
        return out;
    }

    private void add(String acronym, List<String> run) {
        List<String> known = byAcronym.putIfAbsent(acronym, run);
        if (known != null && !known.equals(run)) {
            ambiguous.add(acronym);
        }
    }

    /**
     * Returns the content words of a name: lower case, spelling-folded ({@link NameKey#key}), small words
     * dropped, known acronyms spelled out.
     *
     * @param name an organisation name
     * @return its content words
     */
    public Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String clean : contentWords(name)) {
            List<String> expansion = isAcronym(clean) && !ambiguous.contains(clean) ? byAcronym.get(clean) : null;
            if (expansion != null) {
                out.addAll(expansion);
            } else {
                out.add(key(clean));
            }
        }
        return out;
    }

    /**
     * Returns the acronyms a name holds: the words {@link #words} would spell out, were they known.
     *
     * @param name an organisation name
     * @return its acronym words
     */
    public static Set<String> acronyms(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String clean : contentWords(name)) {
            if (isAcronym(clean)) {
                out.add(clean);
            }
        }
        return out;
    }

    /** A name's words without possessive endings, punctuation and small words, as written. */
    private static List<String> contentWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.replaceAll("['’]s\\b", "").split("[\\s,]+")) {
            String clean = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!clean.isEmpty() && !SMALL.contains(clean.toLowerCase(Locale.ROOT))) {
                out.add(clean);
            }
        }
        return out;
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isAcronym(w) && w.chars().anyMatch(
                Character::isLowerCase);
    }

    private static String key(String w) {
        return NameKey.key(w);
    }
}
