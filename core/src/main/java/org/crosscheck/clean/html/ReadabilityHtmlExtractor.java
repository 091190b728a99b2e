package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standard HTML extractor: page metadata and furniture by {@link SimpleHtmlExtractor} and the
 * {@link PageRules}, the main text by Readability's content scoring ({@link ContentScorer}), then every text
 * block of the page ({@link TextBlocks}) either kept or recorded as a removal with its reason, so nothing is
 * lost. When scoring finds too little text, the element that holds most paragraph text is taken instead.
 */
public final class ReadabilityHtmlExtractor implements HtmlExtractor {

    private static final int MIN_TEXT = 200;
    private static final String OUTSIDE = "outside the main text (content scoring)";

    @Override
    public ExtractedPage extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Metadata meta = SimpleHtmlExtractor.metadata(doc);
        List<Removal> removed = SimpleHtmlExtractor.removeHidden(doc);
        removed.addAll(PageRules.apply(doc));
        Set<Element> formBoxes = formBoxes(doc.body());
        removed.addAll(SimpleHtmlExtractor.removeFurniture(doc));
        Element body = doc.body();
        ContentScorer.Content content = ContentScorer.find(body, meta.title(), formBoxes);
        meta = withByline(meta, content);
        for (Element root : content.roots()) {
            removed.addAll(RelatedLinkLists.remove(root));
        }
        int before = removed.size();
        List<String> blocks = keep(body, content.roots(), content.excluded(), removed);
        if (String.join("", blocks).length() < MIN_TEXT) {
            removed.subList(before, removed.size()).clear();
            blocks = keep(body, List.of(SimpleHtmlExtractor.root(body)), Map.of(), removed);
        }
        Headline.remove(blocks, meta.title(), removed);
        return new ExtractedPage(blocks, meta, removed);
    }

    // every element around a form, known before furniture (the forms among it) is taken out
    private static Set<Element> formBoxes(Element body) {
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element form : body.getElementsByTag("form")) {
            for (Element a = form.parent(); a != null && boxes.add(a); a = a.parent()) {
                // each ancestor once
            }
        }
        return boxes;
    }

    // a page whose metadata names no author often shows one in its byline, which scoring leaves out of the text
    private static Metadata withByline(Metadata meta, ContentScorer.Content content) {
        if (meta.author() != null) {
            return meta;
        }
        for (Map.Entry<Element, String> e : content.excluded().entrySet()) {
            String author = e.getValue().equals(ContentScorer.BYLINE) ? BylineName.of(e.getKey()) : null;
            if (author != null) {
                return new Metadata(meta.id(), meta.title(), meta.url(), meta.outlet(), meta.published(), author,
                        meta.language(), meta.retrieved());
            }
        }
        return meta;
    }

    // cuts the whole page into blocks: those inside the roots are kept, every other one becomes a removal
    private static List<String> keep(Element body, List<Element> roots, Map<Element, String> excluded,
            List<Removal> removed) {
        Set<Element> boundaries = Collections.newSetFromMap(new IdentityHashMap<>());
        boundaries.addAll(roots);
        boundaries.addAll(excluded.keySet());
        Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        List<String> kept = new ArrayList<>();
        for (TextBlocks.Block block : TextBlocks.of(body, boundaries)) {
            String reason = reason(block.owner(), rootSet, excluded);
            if (reason == null) {
                kept.add(block.text());
            } else {
                removed.add(new Removal(block.text(), reason));
            }
        }
        return kept;
    }

    /** Why a block is left out, or null when it is main text. */
    private static String reason(Element owner, Set<Element> roots, Map<Element, String> excluded) {
        for (Element a = owner; a != null; a = a.parent()) {
            String why = excluded.get(a);
            if (why != null) {
                return why;
            }
            if (roots.contains(a)) {
                return null;
            }
        }
        return OUTSIDE;
    }
}
