package org.crosscheck.clean.lines;

import java.util.regex.Pattern;

/** Marks credit lines ("Reuters contributed reporting.", "Editing by …") and moves them to credits. */
public final class CreditLines implements LineFilter {

    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(contributed (reporting|to this (report|story|article))"
            + "|(additional )?reporting by|writing by|(editing|edited) by|compiled by|with (additional )?reporting from"
            + "|this (story|article|report) (was|has been) (updated|corrected))\\b");
    private static final int MAX_WORDS = 30;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.line(i).strip();
            if (draft.isOpen(i) && LineFeatures.words(line) <= MAX_WORDS && CREDIT.matcher(line).find()
                    && LineFeatures.outsideQuotes(line).equals(line)) {
                draft.mark(i, Verdict.metadata(Role.CREDIT, new LineFacts(null, null, null, null, null, null, line)));
            }
        }
    }
}
