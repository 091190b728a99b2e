package org.crosscheck.clean.lines;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks bylines ("By Anna Keller", "Written by A and B", "VON Sina Giebel", "Por Gloria Ruiz") near the top or
 * bottom; moves the name to author. The words of other languages are data ({@code byline-words.txt}).
 */
public final class BylineLines implements LineFilter {

    private static final Pattern BYLINE = pattern(DataFile.rows("byline-words.txt"));
    private static final int EDGE = 6;

    private static Pattern pattern(List<String[]> words) {
        StringJoiner openers = new StringJoiner("|", "(?:", ")");
        for (String opener : List.of("By", "Written by", "Words by", "Story by", "Posted by", "Author:")) {
            openers.add(Pattern.quote(opener));
        }
        openers.add("BY");
        StringJoiner joiners = new StringJoiner("|", "(?:", ")");
        joiners.add("and");
        for (String[] row : words) {
            if (row[1].equals("opener")) {
                openers.add(Pattern.quote(row[0])).add(Pattern.quote(row[0].toUpperCase(Locale.ROOT)));
            } else {
                joiners.add(Pattern.quote(row[0]));
            }
        }
        String name = "\\p{Lu}[\\p{L}.'’-]*";
        return Pattern.compile("^" + openers + "\\s+(" + name + "(?:[ ,]+(?:" + joiners + " |& )?" + name
                + "){0,7}(?: staff| reporters?| correspondents?)?)\\s*(?:[,|–—-].{0,40})?$");
    }

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
