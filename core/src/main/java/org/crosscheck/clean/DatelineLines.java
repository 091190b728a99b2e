package org.crosscheck.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks datelines among the first lines: a line that is only a place in capitals ("LONDON, England"),
 * and the dateline that opens a first paragraph ("RIVERTON, March 3 (MPA) – …"), which is cut off.
 * The place goes to the dateline field.
 */
public final class DatelineLines implements LineFilter {

    private static final String PLACE = "(\\p{Lu}[\\p{Lu}'’.-]{2,}(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3}"
            + "(?:, ?\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?)";
    private static final String DATE = "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}"
            + "(?:, \\d{4})?)?";
    private static final Pattern STANDALONE = Pattern.compile("^" + PLACE + DATE + "\\.?$");
    private static final Pattern OPENING = Pattern.compile("^" + PLACE + DATE
            + "(?: \\(([\\p{L}][\\p{L} .&-]{1,40})\\))?\\s*[-–—:]+\\s+(?=\\p{Lu}|[\"“‘])");
    private static final int FIRST_LINES = 3;

    @Override
    public void apply(Draft draft) {
        for (int i : draft.firstNonBlank(FIRST_LINES)) {
            if (!draft.isOpen(i)) {
                continue;
            }
            String line = draft.line(i).strip();
            Matcher standalone = STANDALONE.matcher(line);
            if (standalone.matches() && LineFeatures.words(line) <= 6) {
                draft.mark(i, Verdict.metadata(Role.DATELINE, line.replaceAll("\\.$", "")));
                return;
            }
            Matcher opening = OPENING.matcher(draft.line(i));
            if (opening.find()) {
                draft.cutPrefix(i, opening.end(), "dateline (moved to dateline): " + opening.group(1));
                return;
            }
        }
    }

    /**
     * Reads the place out of a dateline removal reason made by this filter.
     *
     * @param reason a removal reason
     * @return the place, or null when the reason is not a dateline cut
     */
    static String placeOf(String reason) {
        String prefix = "dateline (moved to dateline): ";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : null;
    }
}
