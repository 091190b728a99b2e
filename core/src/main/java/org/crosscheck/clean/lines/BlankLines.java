package org.crosscheck.clean.lines;

/** Marks empty and whitespace-only lines; they are dropped without a removal record. */
public final class BlankLines implements LineFilter {

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.line(i).isBlank()) {
                draft.mark(i, new Verdict(Role.BLANK, null, null));
            }
        }
    }
}
