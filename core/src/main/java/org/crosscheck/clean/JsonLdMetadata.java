package org.crosscheck.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Metadata;
import org.jsoup.parser.Parser;

/**
 * Reads a page's schema.org JSON-LD ({@code <script type="application/ld+json">}) for its article object
 * ({@code NewsArticle}, {@code Article}, {@code BlogPosting} …, also inside an array or an {@code @graph}):
 * headline, datePublished, author name(s), publisher name, url and inLanguage. Broken JSON is skipped
 * (pages often carry some); the page is scanned as text, so no second DOM is built.
 */
public final class JsonLdMetadata {

    private static final Pattern SCRIPT = Pattern.compile(
            "<script[^>]*?type\\s*=\\s*[\"']?application/ld\\+json[\"']?[^>]*>(.*?)</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> ARTICLE_TYPES = Set.of("blogposting", "liveblogposting", "report");
    private static final int MAX_SCRIPTS = 20;
    private static final int MAX_SCRIPT_CHARS = 512 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLdMetadata() {
    }

    /**
     * Reads the first article object of a page's JSON-LD.
     *
     * @param html the page's HTML, may be null
     * @return its title, url, outlet (publisher), published, author and language; {@link Metadata#EMPTY}
     *         when the page has no readable article object
     */
    public static Metadata read(String html) {
        if (html == null) {
            return Metadata.EMPTY;
        }
        Matcher m = SCRIPT.matcher(html);
        for (int n = 0; n < MAX_SCRIPTS && m.find(); n++) {
            if (m.end(1) - m.start(1) <= MAX_SCRIPT_CHARS) {
                JsonNode article = article(parse(m.group(1)));
                if (article != null) {
                    return metadata(article);
                }
            }
        }
        return Metadata.EMPTY;
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

    /** The first article-typed object: the node itself, an array element, or an {@code @graph} member. */
    private static JsonNode article(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = article(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        return node.has("@graph") ? article(node.get("@graph")) : null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText("").toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", "");
            if (name.endsWith("article") || ARTICLE_TYPES.contains(name)) {
                return true;
            }
        }
        return false;
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
