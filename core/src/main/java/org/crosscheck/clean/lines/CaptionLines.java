package org.crosscheck.clean.lines;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks photo captions with their credits: lines that end in a photographer/agency credit
 * ("… Jane Doe / Agency"), or carry a "Photo:"/"Image:" label, or open with a caption label before a colon
 * ("Bild: …", "Crédits photos : …") in one of the languages the furniture labels have, kept as data
 * ({@code caption-labels-LANG.txt} next to this class).
 */
public final class CaptionLines implements LineFilter {

    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?:^|\\s)(?:\\p{Lu}[\\p{L}.'’-]*\\s){0,3}\\p{Lu}[\\p{L}.'’-]*\\s?/\\s?\\p{Lu}[\\p{L}.&' -]{1,40}$");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(^|[(\\[|]\\s*)(photo|image|picture|photograph|illustration|video|credit|caption)s?\\s*(:|by\\b)");
    // a label before a colon at the line's start, after an opening bracket or bar if any
    private static final Pattern OPENING = Pattern.compile("^[(\\[|]?\\s*([^:]{1,30}?)\\s*:");
    private static final Set<String> LABELS = labels();
    private static final int MAX_WORDS = 60;

    private static Set<String> labels() {
        Set<String> labels = new HashSet<>();
        for (String language : FurnitureLabels.LANGUAGES) {
            for (String[] row : DataFile.rows("caption-labels-" + language + ".txt")) {
                labels.add(row[0].strip().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(labels);
    }

    // opens with a caption label of the lexicons before a colon
    private static boolean labelled(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        Matcher m = OPENING.matcher(line);
        return m.find() && LABELS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.line(i).strip();
            if (!draft.isOpen(i) || LineFeatures.words(line) > MAX_WORDS) {
                continue;
            }
            // a credit at the end has its slash ("Jane Doe / Reuters"): most lines have none, and need no search
            if (line.indexOf('/') >= 0 && CREDIT_AT_END.matcher(line).find() || LABEL.matcher(line).find()
                    || labelled(line)) {
                draft.mark(i, Verdict.boilerplate("photo caption and credit"));
            }
        }
    }
}
