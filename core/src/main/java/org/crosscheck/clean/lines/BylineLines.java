package org.crosscheck.clean.lines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks bylines ("By Anna Keller", "Written by A and B") near the top or bottom; moves the name to author. */
public final class BylineLines implements LineFilter {

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Words by|Story by|Posted by|Author:)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+(?:and |& )?\\p{Lu}[\\p{L}.'’-]*){0,7}(?: staff| reporters?| correspondents?)?)"
                    + "\\s*(?:[,|–—-].{0,40})?$");
    private static final int EDGE = 6;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            boolean nearEdge = i < EDGE || i >= draft.size() - EDGE;
            if (!draft.isOpen(i) || !nearEdge) {
                continue;
            }
            Matcher m = BYLINE.matcher(draft.line(i).strip());
            if (m.matches()) {
                draft.mark(i, Verdict.metadata(Role.AUTHOR, new LineFacts(null, m.group(1).strip(), null, null, null, null, null)));
            }
        }
    }
}
