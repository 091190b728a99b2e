package org.crosscheck.clean.html;

import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Removal;

/**
 * The page's headline at the top of its main text: it is the article's title (a field), not body text, so
 * it leaves the blocks with its reason. A headline is the page title itself or the page title before its
 * site suffix ("Dam bursts - The Daily"), among the first blocks.
 */
final class Headline {

    private static final int TOP_BLOCKS = 3;
    private static final String SEPARATORS = "-|–—:·";

    private Headline() {
    }

    /**
     * Removes the headline from the top blocks.
     *
     * @param blocks  the main text's blocks, changed in place
     * @param title   the page's title from its metadata, or null
     * @param removed where the removal is recorded
     */
    static void remove(List<String> blocks, String title, List<Removal> removed) {
        if (title == null || title.isBlank()) {
            return;
        }
        for (int i = 0; i < Math.min(TOP_BLOCKS, blocks.size()); i++) {
            if (isHeadline(blocks.get(i), title)) {
                removed.add(new Removal(blocks.remove(i), "headline (kept as the title)"));
                return;
            }
        }
    }

    static boolean isHeadline(String block, String title) {
        String b = normal(block);
        String t = normal(title);
        if (b.isEmpty() || b.length() > t.length()) {
            return false;
        }
        if (b.equals(t)) {
            return true;
        }
        // "Headline - Site" / "Site | Headline": the rest of the title is the site, after a separator
        String rest = t.startsWith(b) ? t.substring(b.length()).strip() : t.endsWith(b)
                ? t.substring(0, t.length() - b.length()).strip() : null;
        return rest != null && !rest.isEmpty()
                && (SEPARATORS.indexOf(rest.charAt(0)) >= 0 || SEPARATORS.indexOf(rest.charAt(rest.length() - 1)) >= 0);
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
