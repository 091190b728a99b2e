package org.crosscheck.extract.frame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crosscheck.model.Figure;

/**
 * Finds figures that point back at a group the article has counted: "Eight remain in custody. … the eight would go
 * before a judge on Friday". A bare number after "the", "these" or "those", counting no thing of its own, with the
 * value of a count told before it in the article, is that count told again: an alias of it, never a second report.
 */
final class BackReferences {

    private static final Pattern POINTER = Pattern.compile("(?i)(?:^|\\W)(?:the|these|those)\\s+$");
    /** How far back before the number the pointing word is looked for. */
    private static final int BEFORE = 8;

    private BackReferences() {
    }

    /**
     * Maps each back-reference to the count it points at.
     *
     * @param figures one article's figures, in text order, with their frames
     * @param text    the article text
     * @return back-reference id to the id of the nearest earlier figure of the same value and unit
     */
    static Map<String, String> find(List<Figure> figures, String text) {
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!pointsBack(f, text)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Figure earlier = figures.get(j);
                if (earlier.end() <= f.start() && earlier.value() != null && earlier.value().equals(f.value())
                        && Objects.equals(earlier.unit(), f.unit())) {
                    out.put(f.id(), earlier.aliasOf() != null ? earlier.aliasOf() : out.getOrDefault(earlier.id(), earlier.id()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean pointsBack(Figure f, String text) {
        boolean bare = f.value() != null && f.unit() == null && f.hedge() == null
                && (f.measure() == null || f.measure().thing() == null);
        return bare && POINTER.matcher(text.substring(Math.max(0, f.start() - BEFORE), f.start())).find();
    }
}
