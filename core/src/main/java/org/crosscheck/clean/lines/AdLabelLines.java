package org.crosscheck.clean.lines;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks the labels that pages print over advertising slots ("Advertisement", "ADVERT", "Story continues
 * below advertisement"): a line that says nothing else. Once loose text between blocks is kept, a slot's
 * label would otherwise read as a paragraph of its own.
 */
public final class AdLabelLines implements LineFilter {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> LABELS = Set.of("advertisement", "advertisements", "advert", "adverts", "ad",
            "ads", "anzeige", "publicidad", "publicité", "pubblicità", "werbung", "sponsored", "sponsoredcontent",
            "paidcontent", "promoted", "storycontinuesbelow", "storycontinuesbelowadvertisement",
            "articlecontinuesbelow", "articlecontinuesbelowadvertisement", "continuereadingbelow",
            "continuereadingbelowadvertisement", "contentcontinuesbelow", "scrolltocontinuewithcontent",
            "advertisementcontinuereadingbelow", "skipad", "removeads");

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isOpen(i) && isLabel(draft.line(i))) {
                draft.mark(i, Verdict.boilerplate("advertising label"));
            }
        }
    }

    static boolean isLabel(String line) {
        // labels are short; longer lines are never read letter by letter
        return line.length() <= 60 && LABELS.contains(NOT_LETTERS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(""));
    }
}
