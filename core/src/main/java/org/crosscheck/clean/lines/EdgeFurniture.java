package org.crosscheck.clean.lines;

import java.util.regex.Pattern;

/**
 * Trims page furniture from the two ends of a document, where navigation, widgets and appeal boxes
 * gather: walking in from each end, short lines that are not sentences, very short lines and lines
 * that address the reader are removed until the first line that reads as article text. At the end, a
 * lone name ("Anna Keller") is taken as the author's signature.
 */
public final class EdgeFurniture implements LineFilter {

    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]*){1,3}$");
    private static final int SHORT_WORDS = 8;
    private static final int TINY_WORDS = 3;

    @Override
    public void apply(Draft draft) {
        trimEnd(draft);
        trimStart(draft);
    }

    private static void trimEnd(Draft draft) {
        boolean authorFound = false;
        for (int i = draft.size() - 1; i >= 0; i--) {
            if (!draft.isOpen(i)) {
                continue;
            }
            String line = draft.line(i).strip();
            if (!authorFound && NAME.matcher(line).matches() && LineFeatures.callsToAction(line) == 0) {
                draft.mark(i, Verdict.metadata(Role.AUTHOR, new LineFacts(null, line, null, null, null, null, null)));
                authorFound = true;
            } else if (isFurniture(line)) {
                draft.mark(i, Verdict.boilerplate("page furniture after the article (short line, not a sentence)"));
            } else {
                return;
            }
        }
    }

    private static void trimStart(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (!draft.isOpen(i)) {
                if (draft.verdict(i).role() == Role.TITLE) {
                    return;
                }
                continue;
            }
            if (isFurniture(draft.line(i).strip())) {
                draft.mark(i, Verdict.boilerplate("page furniture before the article (short line, not a sentence)"));
            } else {
                return;
            }
        }
    }

    private static boolean isFurniture(String line) {
        int words = LineFeatures.words(line);
        if (words <= TINY_WORDS) {
            return true;
        }
        if (words <= SHORT_WORDS && !LineFeatures.endsSentence(line)) {
            return true;
        }
        int address = LineFeatures.readerAddress(line);
        return LineFeatures.callsToAction(line) > 0 || address >= 2 && address * 25 >= words;
    }
}
