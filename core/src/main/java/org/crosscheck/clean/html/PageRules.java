package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Document;

/**
 * The general rules that take furniture out of a page before its main text is chosen, in order: each rule
 * recognises one kind (photo captions, teaser links, ...) by the page's own markup, and every removal keeps its text and
 * reason. They run on the whole page, so they hold whichever content scorer picks the main text afterwards.
 */
final class PageRules {

    private PageRules() {
    }

    /**
     * Applies the rules.
     *
     * @param doc the parsed page, changed in place
     * @return what the rules removed, in rule order
     */
    static List<Removal> apply(Document doc) {
        List<Removal> removed = new ArrayList<>();
        EmbeddedPosts.unwrap(doc.body());
        removed.addAll(HiddenByClass.remove(doc.body()));
        removed.addAll(CaptionBlocks.remove(doc.body()));
        removed.addAll(NamedFurniture.remove(doc.body()));
        // hover cards first: a sentence with a card inside reads as links only until the card is out
        removed.addAll(HoverCards.remove(doc.body()));
        removed.addAll(LinkTeasers.remove(doc.body()));
        return removed;
    }
}
