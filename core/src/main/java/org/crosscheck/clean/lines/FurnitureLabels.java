package org.crosscheck.clean.lines;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words pages print on their furniture ("Mehr zum Thema", "À lire aussi", "Le puede interesar",
 * "Czytaj także" …), kept as data, one file per language ({@code furniture-labels-LANG.txt} next to this
 * class): each label with its kind, a plain label or a pointer to other pages (which may also open a short
 * line before a colon). Lines are compared in lower case without the punctuation and arrows around them.
 */
final class FurnitureLabels {

    /** The languages with a lexicon. */
    static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "pl", "pt", "ru", "tr");

    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A label found: its text and the lexicon it comes from. */
    record Label(String text, String language, boolean pointer) {
    }

    private static final Map<String, Label> LABELS = load();

    private FurnitureLabels() {
    }

    /**
     * The label a whole line is, if any.
     *
     * @param line the line
     * @return the label, or null when the line is more than a label
     */
    static Label whole(String line) {
        return line.length() > 60 ? null : LABELS.get(normalise(line));
    }

    /**
     * The pointer label that opens a line before a colon ("Lesen Sie auch: …"), if any.
     *
     * @param line the line
     * @return the label, or null
     */
    static Label opening(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 60) {
            return null;
        }
        Label label = LABELS.get(normalise(line.substring(0, colon)));
        return label != null && label.pointer() ? label : null;
    }

    /** Lower case, spaces collapsed, punctuation and symbols at both ends taken off. */
    static String normalise(String text) {
        String t = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return EDGES.matcher(t).replaceAll("");
    }

    private static Map<String, Label> load() {
        Map<String, Label> labels = new HashMap<>();
        for (String language : LANGUAGES) {
            for (String[] row : DataFile.rows("furniture-labels-" + language + ".txt")) {
                String text = normalise(row[0]);
                labels.putIfAbsent(text, new Label(text, language, row.length > 1 && row[1].strip().equals("pointer")));
            }
        }
        return Map.copyOf(labels);
    }
}
