package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    // tag names, tested as a set in one walk (figcaptions go first, as captions)
    private static final Set<String> NOISE_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "nav", "header", "footer", "aside", "form", "button", "figcaption");
    private static final Pattern NOISE_HINT = Pattern.compile("(?i)(^|[\\s_-])(nav|menu|comment|comments|share|sharing"
            + "|social|related|newsletter|subscribe|promo|sidebar|footer|header|advert|ad|ads|cookie|banner|breadcrumb"
            + "|popup|modal|donate|paywall|recommended|teaser|tags)($|[\\s_-])");
    private static final Pattern WEAK_HINT = Pattern.compile("(?i)(^|[\\s_-])(header|share|sharing|teaser|tags"
            + "|related|promo|recommended)($|[\\s_-])");
    private static final Pattern STRONG_HINT = Pattern.compile("(?i)(^|[\\s_-])(nav|menu|comment|comments|social"
            + "|newsletter|subscribe|sidebar|footer|advert|ad|ads|cookie|banner|breadcrumb|popup|modal|donate|paywall"
            + ")($|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    // a box named by a weak hint holds prose when at most this share of its text is link text
    private static final double PROSE_LINKS = 0.25;
    // ... and a sentence of at least a short paragraph's length (Readability's least paragraph)
    private static final int PROSE_CHARS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。।؟](\\s|$)");
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
     * elements whose class or id names furniture, unless such an element wraps the article itself or is named
     * by a weak hint (header, teaser, share, tags, related, promo) and holds prose rather than links, as an
     * article's header, its lead ("teaser-text") or a body whose class also names the share bar do.
     *
     * @param doc the parsed page, changed in place
     * @return the furniture's text, as removals
     */
    static List<Removal> removeFurniture(Document doc) {
        List<Removal> removed = new ArrayList<>();
        Element body = doc.body();
        for (Element caption : body.getElementsByTag("figcaption")) {
            keep(removed, caption, "photo caption and credit");
        }
        ArticleHolders holders = new ArticleHolders(body);
        for (Element noise : body.getAllElements()) {
            if (NOISE_TAGS.contains(noise.normalName()) && !holders.wraps(noise)) {
                if (noise.nameIs("header") && noise.parent() != null) {
                    // the article's own header: its lead stays, the rest (headline, byline, date) goes
                    HeaderLeads.moveOut(noise);
                }
                keep(removed, noise, "page furniture (<" + noise.tagName() + ">)");
            }
        }
        // a page repeats its class names many times over: each is matched once
        Map<String, Boolean> furnitureNames = new HashMap<>();
        List<Element> named = new ArrayList<>();
        List<Element> all = body.getAllElements();
        for (Element hinted : all) {
            if (!hinted.hasAttr("class") && !hinted.hasAttr("id")) {
                continue;
            }
            String names = hinted.className() + " " + hinted.id();
            if (hinted.parent() != null && furnitureNames.computeIfAbsent(names, SimpleHtmlExtractor::namesFurniture)
                    && !hinted.nameIs("article") && !hinted.nameIs("main") && !hinted.nameIs("body")
                    && !holders.wraps(hinted)) {
                named.add(hinted);
            }
        }
        // then without the page's layout classes, looked for only among the classes that named furniture
        LayoutNames layout = holders.layout(all, furnitureClasses(named));
        for (Element hinted : named) {
            String names = layout.strip(hinted.className()) + " " + hinted.id();
            if (furnitureNames.computeIfAbsent(names, SimpleHtmlExtractor::namesFurniture)
                    && !holders.readsAsText(hinted, names)) {
                keep(removed, hinted, "page furniture (class or id \"" + names.strip() + "\")");
            }
        }
        return removed;
    }

    // the single classes of these elements that hold a furniture word
    private static Set<String> furnitureClasses(List<Element> named) {
        Set<String> classes = new HashSet<>();
        for (Element e : named) {
            Collections.addAll(classes, LayoutNames.pick(e.className(), name -> NOISE_HINT.matcher(name).find()));
        }
        return classes;
    }

    private static boolean namesFurniture(String names) {
        return NOISE_HINT.matcher(names).find() && !CONTENT_HINT.matcher(names).find();
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
        // one walk with the style test by hand: the selector ran its pattern on every element's (mostly empty) style
        for (Element e : doc.body().getAllElements()) {
            if (e.hasAttr("hidden") || hiddenByStyle(e.attr("style"))) {
                keep(removed, e, "hidden on the page");
            }
        }
        return removed;
    }

    private static boolean hiddenByStyle(String style) {
        return style.indexOf(':') >= 0 && HIDDEN_STYLE.matcher(style).find();
    }

    /**
     * Tells whether an element that looks like furniture holds the article after all: many sites wrap the
     * whole page in a {@code <form>} or a "page-header"-like container, and removing it would remove everything.
     * Text lengths are counted once for the whole page, before anything is removed.
     */
    private static final class ArticleHolders {

        private final TextStats stats;
        private final Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        private final int pageText;
        private final Element body;

        ArticleHolders(Element body) {
            this.body = body;
            stats = TextStats.of(body, Set.of());
            pageText = stats.chars(body);
            for (Element article : body.select("article, main, [itemprop=articleBody]")) {
                for (Element a = article; a != null && holders.add(a); a = a.parent()) {
                    // the article element and every ancestor, once
                }
            }
        }

        /** A box named by a weak hint (header, teaser, share …) that holds prose, not links, is left to scoring. */
        boolean readsAsText(Element element, String names) {
            return WEAK_HINT.matcher(names).find() && !STRONG_HINT.matcher(names).find()
                    && stats.chars(element) >= PROSE_CHARS && stats.linkDensity(element) <= PROSE_LINKS
                    && SENTENCE_END.matcher(element.text()).find();
        }

        /** The page's layout classes among the candidates, counted before anything is removed. */
        LayoutNames layout(List<Element> elements, Set<String> candidates) {
            return LayoutNames.of(body, candidates.isEmpty() ? List.of() : elements, stats, candidates::contains);
        }

        boolean wraps(Element element) {
            return holders.contains(element) || pageText > 0 && stats.chars(element) > pageText / 2;
        }
    }

    private static void keep(List<Removal> removed, Element element, String reason) {
        // an element inside one already taken out went with it (its parent is still set, its document is not)
        if (element.parent() == null || element.ownerDocument() == null) {
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
                if (p.nameIs("p")) {
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
        HeadTags tags = HeadTags.of(doc);
        Map<String, String> metas = tags.metas();
        String title = first(metas.get("og:title"), metas.get("twitter:title"), doc.title());
        String site = first(metas.get("og:site_name"), metas.get("application-name"), metas.get("publisher"));
        String published = first(metas.get("article:published_time"), metas.get("datepublished"),
                metas.get("pubdate"), metas.get("date"), tags.time());
        String author = first(metas.get("author"), metas.get("article:author"), metas.get("byl"));
        String url = first(tags.canonical(), metas.get("og:url"));
        String lang = first(doc.child(0).nameIs("html") ? doc.child(0).attr("lang") : null, metas.get("og:locale"));
        if (lang != null) {
            lang = lang.replaceAll("[-_].*$", "").toLowerCase(Locale.ROOT);
        }
        return new Metadata(null, title, url, site, published, author, lang);
    }

    /**
     * What the page's tags say of it, read in one walk of the page (a walk for each cost as much as the rest of
     * the metadata): every {@code <meta>} by name, property or itemprop (lower case) to the first content given
     * for it, the first {@code <time datetime>} and the first canonical link's absolute address.
     */
    private record HeadTags(Map<String, String> metas, String time, String canonical) {

        static HeadTags of(Document doc) {
            Map<String, String> metas = new HashMap<>();
            String time = null;
            String canonical = null;
            for (Element e : doc.getAllElements()) {
                if (e.nameIs("meta")) {
                    meta(e, metas);
                } else if (time == null && e.nameIs("time") && e.hasAttr("datetime")) {
                    time = e.attr("datetime");
                } else if (canonical == null && e.nameIs("link") && e.attr("rel").trim().equalsIgnoreCase("canonical")) {
                    canonical = e.attr("abs:href");
                }
            }
            return new HeadTags(metas, time, canonical);
        }

        private static void meta(Element meta, Map<String, String> metas) {
            String content = meta.attr("content");
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = meta.attr(key);
                if (!name.isEmpty()) {
                    metas.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                }
            }
        }
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
