package org.crosscheck.clean.lines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the dateline that opens the first paragraph of the article ("RIVERTON, March 3 (MPA) – The …"):
 * the place goes to the dateline field, an agency in brackets is remembered, and the paragraph keeps
 * the rest. Run it after the filters that mark headlines and furniture, so "first paragraph" means the
 * first line still open.
 */
public final class DatelinePrefix implements LineFilter {

    private static final Pattern OPENING = Pattern.compile("^" + DatelineLines.PLACE + DatelineLines.DATE
            + "(?: \\(([\\p{L}][\\p{L} .&-]{1,40})\\))?\\s*[-–—:]+\\s+(?=\\p{Lu}|[\"“‘])");
    private static final int PARAGRAPHS = 2;

    @Override
    public void apply(Draft draft) {
        int seen = 0;
        for (int i = 0; i < draft.size() && seen < PARAGRAPHS; i++) {
            if (!draft.isOpen(i) || draft.line(i).isBlank()) {
                continue;
            }
            seen++;
            Matcher opening = OPENING.matcher(draft.line(i));
            if (opening.find()) {
                draft.cutPrefix(i, opening.end(), Verdict.metadata(Role.DATELINE,
                        new LineFacts(null, null, null, null, opening.group(1), opening.group(2), null)));
                return;
            }
        }
    }
}
