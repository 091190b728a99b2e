package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells what kind of thing a figure counts from the words around it: first the counted noun and its
 * verb ("civilians killed"), then the nearest telling word in the sentence. Casualty verbs beat the
 * noun ("soldiers executed" is killed, not forces).
 */
final class FigureKinds {

    /** Word stems by kind, in order of precedence; a stem written "=word" matches only that word ("land", not "landslide"). */
    private static final List<Map.Entry<String, List<String>>> STEMS = List.of(
            Map.entry("killed", List.of("kill", "dead", "die", "death", "execut", "bodies", "body", "fatalit",
                    "lives", "murder", "slain", "massacr")),
            Map.entry("injured", List.of("injur", "wound", "hurt", "hospitali", "casualt")),
            Map.entry("missing", List.of("missing", "unaccounted")),
            Map.entry("detained", List.of("detain", "arrest", "custody", "prisoner", "captive", "jail", "imprison",
                    "hostage", "held", "releas", "abduct", "pows", "detention")),
            Map.entry("displaced", List.of("evacuat", "displac", "fled", "flee", "homeless", "refugee", "shelter",
                    "relocat", "resettl", "uprooted", "moved", "left their homes")),
            Map.entry("munitions", List.of("drone", "missile", "shell", "rocket", "bomb", "munition",
                    "ammunition", "artillery", "warhead", "rounds")),
            // no "square": an area carries its unit ("square kilometres"), and a count beside "Constitution
            // Square" counts people there
            Map.entry("territory", List.of("kilomet", "km", "hectare", "mile", "acre", "settlement",
                    "village", "town", "cities", "city", "territor", "=land", "farmland")),
            Map.entry("forces", List.of("troop", "soldier", "brigade", "battalion", "personnel", "fighter",
                    "servicem", "forces", "army", "division", "regiment", "militar", "reservist", "conscript",
                    "boats")));

    private static final java.util.Set<String> AREA_UNITS = java.util.Set.of("square kilometres", "square miles",
            "hectares", "acres");

    /** Plural nouns for people in general: what happened to them is told by the words around. */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("people", "persons", "civilians",
            "residents", "children", "adults", "men", "women", "workers", "villagers", "inhabitants", "citizens",
            "individuals", "families", "journalists", "reporters", "photographers", "students", "patients",
            "passengers", "victims", "migrants", "protesters", "demonstrators", "members", "employees", "staff",
            "officers", "miners", "fishermen", "farmers", "tourists", "pilgrims", "others", "locals", "nationals",
            "crew", "volunteers", "rescuers", "doctors", "nurses", "teachers", "activists", "operators", "guards");

    private FigureKinds() {
    }

    /**
     * Classifies a figure.
     *
     * @param money    true when the number is an amount of money
     * @param unit     the unit, or null for a count
     * @param counted  the counted phrase with its governing word ("executed Velmoran civilians"), may be null
     * @param window   words of the sentence around the number, nearest first
     * @param sentence all words of the sentence, the last resort
     * @return the kind, "other" when nothing tells
     */
    static String classify(boolean money, String unit, String counted, List<String> window, List<String> sentence) {
        if (money) {
            return "money";
        }
        if (unit != null) {
            return AREA_UNITS.contains(unit) ? "territory" : "other";
        }
        if (counted != null) {
            List<String> words = List.of(counted.toLowerCase(Locale.ROOT).split("\\s+"));
            String kind = firstByRank(words);
            if (kind != null) {
                return kind;
            }
            if (countsThings(words)) {
                // "inspected more than 60 dams": the words around would only mislead
                return "other";
            }
        }
        for (String w : window) {
            String kind = kindOf(w.toLowerCase(Locale.ROOT));
            if (kind != null) {
                return kind;
            }
        }
        String kind = counted != null ? null
                : firstByRank(sentence.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        return kind == null ? "other" : kind;
    }

    /** A plural noun that names things, not people: the figure counts those things. */
    private static boolean countsThings(List<String> words) {
        return words.stream().anyMatch(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !PEOPLE.contains(w));
    }

    /** The kind of highest precedence among the words (casualty words before nouns). */
    private static String firstByRank(List<String> words) {
        for (Map.Entry<String, List<String>> kind : STEMS) {
            for (String w : words) {
                if (kind.getValue().stream().anyMatch(stem -> matches(w, stem))) {
                    return kind.getKey();
                }
            }
        }
        return null;
    }

    private static boolean matches(String word, String stem) {
        return stem.startsWith("=") ? word.equals(stem.substring(1)) : word.startsWith(stem);
    }

    private static String kindOf(String word) {
        for (Map.Entry<String, List<String>> kind : STEMS) {
            if (kind.getValue().stream().anyMatch(stem -> matches(word, stem))) {
                return kind.getKey();
            }
        }
        return null;
    }
}
