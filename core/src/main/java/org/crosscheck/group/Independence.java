package org.crosscheck.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;

/**
 * Which articles are one source: an article and its copies (wire, duplicate, rewrite) share a source, so
 * ten outlets repeating one wire report count once. Citing another outlet ("quotes") does not merge sources.
 */
public final class Independence {

    private Independence() {
    }

    /**
     * Finds the source of each article.
     *
     * @param articles the articles
     * @param copies   the copy relations between them
     * @return for each article id, the id of one article standing for its source
     */
    public static Map<String, String> sourceOf(List<Article> articles, List<Copy> copies) {
        Map<String, String> parent = new HashMap<>();
        articles.forEach(a -> parent.put(a.id(), a.id()));
        for (Copy c : copies) {
            if (!"quotes".equals(c.relation()) && parent.containsKey(c.article()) && parent.containsKey(c.of())) {
                String x = root(parent, c.article());
                String y = root(parent, c.of());
                if (!x.equals(y)) {
                    parent.put(x, y);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        articles.forEach(a -> out.put(a.id(), root(parent, a.id())));
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
