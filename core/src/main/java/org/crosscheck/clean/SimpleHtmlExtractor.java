package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain jsoup extractor: page metadata from {@code <meta>}/OpenGraph/{@code <title>}, the main text from
 * the {@code <article>} (or {@code <main>}, or the element holding most paragraph text), with navigation,
 * asides, footers, forms, scripts and elements whose class or id names furniture taken out.
 */
public final class SimpleHtmlExtractor implements HtmlExtractor {

    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, svg, nav, header, footer, "
            + "aside, form, button, figure figcaption, figcaption";
    private static final Pattern NOISE_HINT = Pattern.compile("(?i)(^|[\\s_-])(nav|menu|comment|comments|share|sharing"
            + "|social|related|newsletter|subscribe|promo|sidebar|footer|header|advert|ad|ads|cookie|banner|breadcrumb"
            + "|popup|modal|donate|paywall|recommended|teaser|tags)($|[\\s_-])");
    // a name that also says "content" or "article" ("content-with-sidebar") may hold the article: never furniture by name
    private static final Pattern CONTENT_HINT = Pattern.compile("(?i)article|body|column|content|main|shadow");

    @Override
    public ExtractedPage extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
    }

    /** Extracts from a parsed page; takes the page's furniture out of {@code doc} as it goes. */
    ExtractedPage extract(Document doc) {
        Metadata meta = metadata(doc);
        List<Removal> removed = removeHidden(doc);
        removed.addAll(removeFurniture(doc));
        return new ExtractedPage(blocks(root(doc.body())), meta, removed);
    }

    /**
     * Takes the page's furniture out: captions, navigation, headers, footers, asides, forms, scripts, and
     * elements whose class or id names furniture, unless such an element wraps the article itself.
     *
     * @param doc the parsed page, changed in place
     * @return the furniture's text, as removals
     */
    static List<Removal> removeFurniture(Document doc) {
        List<Removal> removed = new ArrayList<>();
        Element body = doc.body();
        for (Element caption : body.select("figcaption")) {
            keep(removed, caption, "photo caption and credit");
        }
        int pageText = body.text().length();
        for (Element noise : body.select(NOISE_TAGS)) {
            if (!wrapsTheArticle(noise, pageText)) {
                keep(removed, noise, "page furniture (<" + noise.tagName() + ">)");
            }
        }
        for (Element hinted : body.select("[class], [id]")) {
            String names = hinted.className() + " " + hinted.id();
            if (hinted.parent() != null && NOISE_HINT.matcher(names).find() && !CONTENT_HINT.matcher(names).find()
                    && !hinted.is("article, main, body") && !wrapsTheArticle(hinted, pageText)) {
                keep(removed, hinted, "page furniture (class or id \"" + names.strip() + "\")");
            }
        }
        return removed;
    }

    /**
     * Takes out what a reader never sees (elements hidden by the {@code hidden} attribute or an inline
     * {@code display:none} / {@code visibility:hidden}), such as schema.org metadata repeated as hidden text.
     *
     * @param doc the parsed page, changed in place
     * @return the hidden elements' text, as removals
     */
    static List<Removal> removeHidden(Document doc) {
        List<Removal> removed = new ArrayList<>();
        for (Element hidden : doc.body().select("[hidden], [style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]")) {
            keep(removed, hidden, "hidden on the page");
        }
        return removed;
    }

    /**
     * Whether an element that looks like furniture holds the article after all: many sites wrap the whole
     * page in a {@code <form>} or a "page-header"-like container, and removing it would remove everything.
     */
    private static boolean wrapsTheArticle(Element element, int pageText) {
        if (element.selectFirst("article, main, [itemprop=articleBody]") != null) {
            return true;
        }
        return pageText > 0 && element.text().length() > pageText / 2;
    }

    private static void keep(List<Removal> removed, Element element, String reason) {
        if (element.parent() == null) {
            return;
        }
        String text = element.text().strip();
        if (!text.isEmpty()) {
            removed.add(new Removal(text, reason));
        }
        element.remove();
    }

    /**
     * The element most likely to hold the article by markup alone.
     *
     * @param body the page's body
     * @return its {@code <article>} or {@code <main>}, else the element with most paragraph text, else the body
     */
    static Element root(Element body) {
        Element article = body.selectFirst("[itemprop=articleBody], article, main, [role=main]");
        if (article != null && article.text().length() > 200) {
            return article;
        }
        Element best = body;
        int bestScore = 0;
        for (Element candidate : body.select("div, section, td")) {
            int score = 0;
            for (Element p : candidate.children()) {
                if (p.is("p")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    static List<String> blocks(Element root) {
        List<String> blocks = TextBlocks.of(root);
        if (blocks.isEmpty()) {
            for (String line : root.wholeText().split("\\n")) {
                if (!line.isBlank()) {
                    blocks.add(line.strip());
                }
            }
        }
        return blocks;
    }

    static Metadata metadata(Document doc) {
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        String site = first(meta(doc, "og:site_name"), meta(doc, "application-name"), meta(doc, "publisher"));
        String published = first(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "date"), attr(doc, "time[datetime]", "datetime"));
        String author = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "byl"));
        String url = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"));
        String lang = first(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"));
        if (lang != null) {
            lang = lang.replaceAll("[-_].*$", "").toLowerCase(java.util.Locale.ROOT);
        }
        return new Metadata(null, title, url, site, published, author, lang);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
