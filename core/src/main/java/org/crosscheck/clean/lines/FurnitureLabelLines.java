package org.crosscheck.clean.lines;

/**
 * Marks lines that are a furniture label in one of the languages of {@link FurnitureLabels} ("Mehr zum
 * Thema", "Partager", "Czytaj także: …"), a short line opened by a pointer to other pages before a colon, or a
 * label followed by nothing but an address or a date ("Permalien https://…", "Aktualisiert am 17.01.2021").
 */
public final class FurnitureLabelLines implements LineFilter {

    private static final int MAX_WORDS = 20;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (!draft.isOpen(i)) {
                continue;
            }
            String line = draft.line(i).strip();
            FurnitureLabels.Label label = FurnitureLabels.whole(line);
            if (label == null && LineFeatures.words(line) <= MAX_WORDS) {
                label = FurnitureLabels.opening(line);
            }
            if (label == null && LineFeatures.words(line) <= MAX_WORDS) {
                label = FurnitureLabels.beforeValue(line);
            }
            if (label == null) {
                label = FurnitureLabels.listHeading(line);
            }
            if (label != null) {
                draft.mark(i, Verdict.boilerplate("furniture label (\"" + label.text() + "\", " + label.language()
                        + ")"));
            }
        }
    }
}
