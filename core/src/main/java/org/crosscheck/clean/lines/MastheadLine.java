package org.crosscheck.clean.lines;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks the outlet's own name above an article: a line that is only a name and a date ("Example Daily |
 * 4 May 2026", "The Valley Post, May 4"), or a short name alone right above the headline. The name goes
 * to the outlet field, the date to published. Run it before {@link TitleLine}.
 */
public final class MastheadLine implements LineFilter {

    private static final Pattern NAME = Pattern.compile("^(?:The )?\\p{Lu}[\\p{L}'’&.-]*(?: \\p{Lu}[\\p{L}'’&.-]*){0,4}$");
    private static final int FIRST_LINES = 4;
    private static final int MAX_WORDS = 10;
    private static final int NAME_ALONE_WORDS = 4;

    @Override
    public void apply(Draft draft) {
        List<Integer> first = draft.firstNonBlank(FIRST_LINES);
        for (int k = 0; k < first.size(); k++) {
            int i = first.get(k);
            String line = draft.line(i).strip();
            if (!draft.isOpen(i) || LineFeatures.words(line) > MAX_WORDS) {
                continue;
            }
            if (Timestamps.hasDate(line) && NAME.matcher(Timestamps.withoutDate(line)).matches()) {
                draft.mark(i, Verdict.metadata(Role.MASTHEAD, new LineFacts(null, null, Timestamps.parse(line),
                        Timestamps.withoutDate(line), null, null, null)));
            } else if (k == 0 && isNameAboveHeadline(draft, line, first)) {
                draft.mark(i, Verdict.metadata(Role.MASTHEAD, new LineFacts(null, null, null, line, null, null,
                        null)));
            }
        }
    }

    private static boolean isNameAboveHeadline(Draft draft, String line, List<Integer> first) {
        if (first.size() < 2 || LineFeatures.words(line) > NAME_ALONE_WORDS || !NAME.matcher(line).matches()) {
            return false;
        }
        String next = draft.line(first.get(1)).strip();
        return draft.isOpen(first.get(1)) && !LineFeatures.endsSentence(next)
                && LineFeatures.words(next) > LineFeatures.words(line);
    }
}
