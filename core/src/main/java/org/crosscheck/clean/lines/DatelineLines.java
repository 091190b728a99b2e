package org.crosscheck.clean.lines;

import java.util.regex.Pattern;

/**
 * Marks a dateline standing on its own line among the first lines: only a place in capitals, perhaps
 * with a country or a date ("LONDON, England"). The place goes to the dateline field. Run it before
 * {@link TitleLine}, which would otherwise take the short line for a headline; the dateline that opens
 * a paragraph is {@link DatelinePrefix}'s job.
 */
public final class DatelineLines implements LineFilter {

    static final String PLACE = "(\\p{Lu}[\\p{Lu}'’.-]{2,}(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3}"
            + "(?:, ?\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?)";
    static final String DATE = "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}"
            + "(?:, \\d{4})?)?";
    private static final Pattern STANDALONE = Pattern.compile("^" + PLACE + DATE + "\\.?$");
    private static final int FIRST_LINES = 3;
    private static final int MAX_WORDS = 6;

    @Override
    public void apply(Draft draft) {
        for (int i : draft.firstNonBlank(FIRST_LINES)) {
            String line = draft.line(i).strip();
            if (draft.isOpen(i) && LineFeatures.words(line) <= MAX_WORDS && STANDALONE.matcher(line).matches()) {
                String place = line.replaceAll("\\.$", "");
                draft.mark(i, Verdict.metadata(Role.DATELINE, new LineFacts(null, null, null, null, place, null, null)));
                return;
            }
        }
    }
}
