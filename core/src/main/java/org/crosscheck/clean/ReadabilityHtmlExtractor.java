package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text by Readability4J (a port of Mozilla's Readability: content scoring on the DOM), page metadata
 * and removal records by {@link SimpleHtmlExtractor}. Every block of the page that Readability leaves out
 * is kept as a removal, so nothing is lost, and blocks the plain extractor recognised as furniture (comment
 * widgets, share bars) stay out even when Readability keeps them. When Readability finds too little text,
 * the plain extractor's result is used instead.
 */
public final class ReadabilityHtmlExtractor implements HtmlExtractor {

    private static final int MIN_TEXT = 200;
    private final SimpleHtmlExtractor plain = new SimpleHtmlExtractor();

    @Override
    public ExtractedPage extract(String html, String baseUrl) {
        // one parse: Readability4J changes the tree it scores, so it gets a copy
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        List<Removal> hidden = SimpleHtmlExtractor.removeHidden(doc);
        hidden.addAll(PageRules.apply(doc));
        Element content = readable(doc.clone(), baseUrl);
        ExtractedPage simple = plain.extract(doc);
        List<Removal> removed = new ArrayList<>(hidden);
        removed.addAll(simple.removed());
        if (content == null || content.text().length() < MIN_TEXT) {
            return new ExtractedPage(simple.blocks(), simple.metadata(), removed);
        }
        removed.addAll(RelatedLinkLists.remove(content));
        Set<String> furniture = new HashSet<>();
        simple.removed().forEach(r -> furniture.add(r.text()));
        List<String> blocks = new ArrayList<>(SimpleHtmlExtractor.blocks(content).stream()
                .filter(b -> !furniture.contains(b)).toList());
        Headline.remove(blocks, simple.metadata().title(), removed);
        String kept = String.join("\n", blocks);
        Set<String> keptBlocks = new HashSet<>(blocks);
        for (String block : simple.blocks()) {
            // the set answers most blocks; the substring search only those the two segmentations cut differently
            if (!keptBlocks.contains(block) && !kept.contains(block)) {
                removed.add(new Removal(block, "outside the main text (content scoring)"));
            }
        }
        return new ExtractedPage(blocks, simple.metadata(), removed);
    }

    private static Element readable(Document doc, String baseUrl) {
        try {
            Article article = new Readability4J(baseUrl == null ? "" : baseUrl, doc).parse();
            return article.getArticleContent();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
