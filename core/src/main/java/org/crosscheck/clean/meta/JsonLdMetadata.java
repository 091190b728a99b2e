package org.crosscheck.clean.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Metadata;
import org.jsoup.parser.Parser;

/**
 * Reads a page's schema.org JSON-LD ({@code <script type="application/ld+json">}) for the object that
 * describes the page's article ({@code NewsArticle}, {@code Article}, {@code BlogPosting} …, also inside an
 * array or an {@code @graph}): headline, datePublished, author name(s), publisher name, url and inLanguage.
 * Pages also describe other articles (related posts, a list): an object that names another URL than the
 * page's canonical is not the page's. Without an article object, a {@code WebPage} object of the page gives
 * its date and author (WordPress/Yoast pages). Broken JSON is skipped; the page is scanned as text, so no
 * second DOM is built.
 */
public final class JsonLdMetadata {

    private static final Set<String> ARTICLE_TYPES = Set.of("blogposting", "liveblogposting", "report");
    private static final int MAX_SCRIPTS = 20;
    private static final int MAX_OBJECTS = 200;
    private static final int MAX_SCRIPT_CHARS = 512 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLdMetadata() {
    }

    /**
     * Reads the JSON-LD object of a page's own article.
     *
     * @param html      the page's HTML, may be null
     * @param canonical the page's canonical URL, or null when unknown (then the first article object counts)
     * @return its title, url, outlet (publisher), published, author and language; {@link Metadata#EMPTY}
     *         when the page has no readable object of its own
     */
    public static Metadata read(String html, String canonical) {
        List<JsonNode> objects = objects(html);
        JsonNode article = pick(objects, canonical, true);
        if (article != null) {
            return metadata(article);
        }
        JsonNode page = pick(objects, canonical, false);
        return page == null ? Metadata.EMPTY
                : new Metadata(null, null, null, null, text(page.get("datePublished")), names(page.get("author")), null);
    }

    /**
     * Reads the first article object of a page's JSON-LD.
     *
     * @param html the page's HTML, may be null
     * @return as {@link #read(String, String)} without a canonical URL
     */
    public static Metadata read(String html) {
        return read(html, null);
    }

    /** Every typed object of every script, in order (arrays and {@code @graph}s flattened), bounded. */
    private static List<JsonNode> objects(String html) {
        List<JsonNode> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        for (String script : scripts(html)) {
            flatten(parse(script), out);
        }
        return out;
    }

    /**
     * The bodies of the page's {@code <script type="application/ld+json">} elements, found by plain string
     * search (a regular expression over a whole page cost ten times as much), bounded in number and size.
     */
    private static List<String> scripts(String html) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (out.size() < MAX_SCRIPTS) {
            int type = find(html, "ld+json", 2, from);
            if (type < 0) {
                break;
            }
            int open = html.lastIndexOf('<', type);
            int tagEnd = html.indexOf('>', type);
            if (open < 0 || tagEnd < 0 || !html.regionMatches(true, open, "<script", 0, 7)
                    || html.indexOf('>', open) != tagEnd) {
                from = type + 1; // the words outside a script tag's attributes (text, another script's code)
                continue;
            }
            int close = find(html, "</script", 1, tagEnd + 1);
            if (close < 0) {
                break;
            }
            if (close - tagEnd - 1 <= MAX_SCRIPT_CHARS) {
                out.add(html.substring(tagEnd + 1, close));
            }
            from = close;
        }
        return out;
    }

    /**
     * The first place at or after {@code from} of {@code word} in any case, found by its character at
     * {@code anchor} (one that is rare in pages): a search for each spelling read the whole page once per
     * spelling that it does not hold.
     */
    private static int find(String s, String word, int anchor, int from) {
        char c = word.charAt(anchor);
        for (int i = s.indexOf(c, from + anchor); i >= 0; i = s.indexOf(c, i + 1)) {
            int start = i - anchor;
            if (s.regionMatches(true, start, word, 0, word.length())) {
                return start;
            }
        }
        return -1;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null || out.size() >= MAX_OBJECTS) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> flatten(item, out));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            flatten(node.get("@graph"), out);
        }
    }

    private static JsonNode parse(String script) {
        String json = script.strip().replaceFirst("^(?://\\s*)?<!\\[CDATA\\[", "").replaceFirst("(?://\\s*)?]]>$", "")
                .replaceFirst("^<!--", "").replaceFirst("-->$", "");
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null; // a page's broken JSON-LD is common and says nothing about its text
        }
    }

    /**
     * The page's own object of a kind: the first that names the canonical URL, else the first that names
     * no URL (or any, when the canonical is unknown); one that names another page is another page's.
     */
    private static JsonNode pick(List<JsonNode> objects, String canonical, boolean articles) {
        String page = same(canonical);
        JsonNode unnamed = null;
        for (JsonNode o : objects) {
            if (articles ? !isArticle(o.get("@type")) : !isWebPage(o.get("@type"))) {
                continue;
            }
            List<String> urls = urls(o, canonical);
            if (page == null || urls.contains(page)) {
                return o;
            }
            if (urls.isEmpty() && unnamed == null) {
                unnamed = o;
            }
        }
        return unnamed;
    }

    /** The URLs an object names itself by (relative ones against the page's), in comparable form. */
    private static List<String> urls(JsonNode o, String base) {
        List<String> out = new ArrayList<>();
        for (String u : new String[] {text(o.get("url")), text(o.get("@id")), idOrText(o.get("mainEntityOfPage"))}) {
            String s = same(absolute(u, base));
            if (s != null && s.contains("/")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String absolute(String url, String base) {
        if (url == null || base == null || url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return url;
        }
        try {
            return URI.create(base.strip()).resolve(url.strip()).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** A URL without scheme, "www.", fragment, query and trailing slash, lower-cased; null for null. */
    private static String same(String url) {
        if (url == null) {
            return null;
        }
        return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("[#?].*$", "").replaceFirst("/+$", "");
    }

    private static boolean isArticle(JsonNode type) {
        return types(type).stream().anyMatch(name -> name.endsWith("article") || ARTICLE_TYPES.contains(name));
    }

    private static boolean isWebPage(JsonNode type) {
        return types(type).stream().anyMatch(name -> name.endsWith("webpage"));
    }

    private static List<String> types(JsonNode type) {
        List<String> out = new ArrayList<>();
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                out.add(t.asText("").toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", ""));
            }
        }
        return out;
    }

    private static Metadata metadata(JsonNode a) {
        String title = first(text(a.get("headline")), text(a.get("name")));
        String url = first(text(a.get("url")), idOrText(a.get("mainEntityOfPage")));
        String language = text(a.get("inLanguage"));
        if (language != null) {
            language = language.replaceAll("[-_].*$", "").toLowerCase(Locale.ROOT);
        }
        return new Metadata(null, title, url, names(a.get("publisher")), text(a.get("datePublished")),
                names(a.get("author")), language);
    }

    /** Names of a person or organisation, or of an array of them, joined by ", "; URLs are not names. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            String name = n.isObject() ? text(n.get("name")) : text(n);
            if (name != null && !name.matches("(?i)https?://.*")) {
                out.add(name);
            }
        }
        return out.isEmpty() ? null : String.join(", ", new ArrayList<>(out));
    }

    private static String idOrText(JsonNode node) {
        return node == null ? null : node.isObject() ? text(node.get("@id")) : text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String s = Parser.unescapeEntities(node.asText(), false).strip();
        return s.isEmpty() ? null : s;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
