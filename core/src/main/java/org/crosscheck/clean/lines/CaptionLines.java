package org.crosscheck.clean.lines;

import java.util.regex.Pattern;

/**
 * Marks photo captions with their credits: lines that end in a photographer/agency credit
 * ("… Jane Doe / Agency"), or carry a "Photo:"/"Image:" label.
 */
public final class CaptionLines implements LineFilter {

    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?:^|\\s)(?:\\p{Lu}[\\p{L}.'’-]*\\s){0,3}\\p{Lu}[\\p{L}.'’-]*\\s?/\\s?\\p{Lu}[\\p{L}.&' -]{1,40}$");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(^|[(\\[|]\\s*)(photo|image|picture|photograph|illustration|video|credit|caption)s?\\s*(:|by\\b)");
    private static final int MAX_WORDS = 60;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.line(i).strip();
            if (!draft.isOpen(i) || LineFeatures.words(line) > MAX_WORDS) {
                continue;
            }
            // a credit at the end has its slash ("Jane Doe / Reuters"): most lines have none, and need no search
            if (line.indexOf('/') >= 0 && CREDIT_AT_END.matcher(line).find() || LABEL.matcher(line).find()) {
                draft.mark(i, Verdict.boilerplate("photo caption and credit"));
            }
        }
    }
}
