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
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    // a label before a value is a few words long ("Zuletzt aktualisiert am")
    private static final int VALUE_LABEL_WORDS = 4;
    // a list's heading is a few words long ("Related coverage from How to Do Everything: Money:")
    private static final int HEADING_WORDS = 10;

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

    /**
     * The label that opens a line whose rest is a bare value, not words: an address ("Permalien
     * https://p.dw.com/p/RPYx") or a date ("Aktualisiert am 17.01.2021."), if any.
     *
     * @param line the line
     * @return the label, or null when the line says more than a label and a value
     */
    static Label beforeValue(String line) {
        // most lines hold neither a digit nor an address: they need no search
        if (!DIGIT.matcher(line).find() && !line.contains("://") && !line.contains("www.")) {
            return null;
        }
        String t = SPACES.matcher(line.strip()).replaceAll(" ");
        String[] words = t.split(" ", VALUE_LABEL_WORDS + 2);
        StringBuilder label = new StringBuilder();
        Label longest = null;
        for (int i = 0; i < Math.min(words.length - 1, VALUE_LABEL_WORDS); i++) {
            label.append(i == 0 ? "" : " ").append(words[i]);
            Label found = LABELS.get(normalise(label.toString()));
            if (found != null && isValue(t.substring(label.length()).strip())) {
                longest = found;
            }
        }
        return longest;
    }

    /**
     * The pointer label that opens a short line ending in a colon, the heading of a list of other pages
     * ("Related coverage from How to Do Everything: Money:", "Mehr Artikel aus der Region:"), if any.
     *
     * @param line the line
     * @return the label, or null
     */
    static Label listHeading(String line) {
        String t = line.strip();
        if (!t.endsWith(":") || t.length() > 80) {
            return null;
        }
        String[] words = SPACES.matcher(t).replaceAll(" ").split(" ", HEADING_WORDS + 1);
        if (words.length > HEADING_WORDS) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < Math.min(words.length - 1, VALUE_LABEL_WORDS); i++) {
            label.append(i == 0 ? "" : " ").append(words[i]);
            Label found = LABELS.get(normalise(label.toString()));
            if (found != null && found.pointer()) {
                return found;
            }
        }
        return null;
    }

    // an address, or digits and date words only ("17.01.2021", "12. März 2020, 14:05")
    private static boolean isValue(String rest) {
        if (URL.matcher(rest).matches()) {
            return true;
        }
        return rest.length() <= 40 && DIGIT.matcher(rest).find() && Timestamps.withoutDate(rest).isEmpty();
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
