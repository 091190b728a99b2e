package org.crosscheck.extract;

import java.util.ArrayList;
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
 * acronym with two possible expansions is left as it is.
 */
final class Expansions {

    private static final Set<String> SMALL = Set.of("of", "the", "for", "and", "on", "in", "de", "to", "at", "a");
    private final Map<String, List<String>> byAcronym = new HashMap<>();
    private final Set<String> ambiguous = new java.util.HashSet<>();

    /**
     * Learns the expansions from names.
     *
     * @param names organisation names as written
     */
    Expansions(List<String> names) {
        for (String name : names) {
            learn(name.split("\\s+"));
        }
    }

    private void learn(String[] words) {
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
                    add(initials.toString(), run);
                }
            }
        }
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
    Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : name.replaceAll("['’]s\\b", "").split("[\\s,]+")) {
            String clean = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.isEmpty() || SMALL.contains(clean.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> expansion = isAcronym(clean) && !ambiguous.contains(clean) ? byAcronym.get(clean) : null;
            if (expansion != null) {
                out.addAll(expansion);
            } else {
                out.add(key(clean));
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
