package org.crosscheck.clean.meta;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Removal;

/**
 * Finds an outlet's name: from a URL's host, or from the outlet's references to itself in its page furniture;
 * and gives the {@link #key key} under which the names one outlet goes by ("The Valley Post", "Valley Post",
 * "www.valley-post.com", "amp.valley-post.com") are the same.
 */
public final class OutletNames {

    private static final Pattern SELF_NAME = Pattern.compile("\\bThe (\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){0,3})");
    private static final Pattern HOST_PREFIX = Pattern.compile("^(www\\d?|m|mobile|amp|edition|news)\\.");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    /** Second-level labels under a country code that are not the outlet's ({@code bbc.co.uk}, {@code abc.net.au}). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne",
            "go", "gv", "nic");
    private static final String AMP_CACHE = ".cdn.ampproject.org";
    private static final Pattern AMP_VIEWER = Pattern.compile("^/amp/(?:s/)?([^/]+\\.[^/]+)(?:/.*)?$");

    private OutletNames() {
    }

    /**
     * Names an outlet by a URL's host, without "www.", mobile and AMP prefixes; a page served by an AMP cache
     * ({@code www-example-com.cdn.ampproject.org}) or viewer ({@code google.com/amp/s/example.com/…}) is named
     * by the host it was copied from. An AMP path or query ({@code /amp/}, {@code ?amp}) does not change the host.
     *
     * @param url the URL, may be null or malformed
     * @return the host (e.g. "harborherald.com"), or null
     */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            return withoutPrefixes(original(host.toLowerCase(Locale.ROOT), uri.getRawPath()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Gives the key under which two names of one outlet are equal: case, accents, punctuation, a leading
     * "The", a host's "www."/mobile/AMP prefixes, subdomains and domain suffix do not count, so "The Valley
     * Post", "Valley Post", "valley-post.com" and "amp.valley-post.co.uk" share the key "valleypost".
     *
     * @param outlet an outlet's name or host, may be null
     * @return the key, or "" for null or a name without letters or digits
     */
    public static String key(String outlet) {
        if (outlet == null) {
            return "";
        }
        String s = outlet.strip().toLowerCase(Locale.ROOT);
        if (HOST_NAME.matcher(s).matches()) {
            s = registered(withoutPrefixes(s));
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{L}\\p{N}]", "");
        // "The Hill" and "thehill.com" are one outlet; the same cut on both sides keeps keys comparable
        return s.startsWith("the") && s.length() > 5 ? s.substring(3) : s;
    }

    /** The host an AMP cache or viewer copied the page from, else the host itself. */
    private static String original(String host, String path) {
        if (host.endsWith(AMP_CACHE) && host.length() > AMP_CACHE.length()) {
            // the cache writes "-" for "." and "--" for "-"
            return host.substring(0, host.length() - AMP_CACHE.length()).replace("--", "\u0000").replace('-', '.')
                    .replace('\u0000', '-');
        }
        if (path != null && (host.equals("google.com") || host.startsWith("www.google."))) {
            Matcher m = AMP_VIEWER.matcher(path);
            if (m.matches()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return host;
    }

    /** Drops "www.", mobile and AMP prefixes, but never down to a bare domain suffix ("news.com.au" stays). */
    private static String withoutPrefixes(String host) {
        String h = host;
        for (Matcher m = HOST_PREFIX.matcher(h); m.find() && !isSuffix(h.substring(m.end()));
                m = HOST_PREFIX.matcher(h)) {
            h = h.substring(m.end());
        }
        return h;
    }

    /** A top-level domain, or a second-level one under a country code ("com.au", "co.uk"). */
    private static boolean isSuffix(String host) {
        String[] labels = host.split("\\.");
        return labels.length == 1 || labels.length == 2 && SECOND_LEVEL.contains(labels[0]);
    }

    /** The label a publisher registered: "valley-post" of "politics.valley-post.co.uk". */
    private static String registered(String host) {
        List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
        labels.remove(labels.size() - 1);
        if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        return labels.get(labels.size() - 1);
    }

    /**
     * Finds the name an outlet calls itself in the text it wraps around articles (appeal boxes,
     * newsletter boxes): a "The X Y" name seen at least twice there.
     *
     * @param removed the page furniture removed from an article
     * @return the name (e.g. "The Harbor Herald"), or null
     */
    public static String fromFurniture(List<Removal> removed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Removal r : removed) {
            if (!r.text().contains("The ")) {
                continue; // the pattern's own start, found fast: most furniture names nothing
            }
            Matcher m = SELF_NAME.matcher(r.text());
            while (m.find()) {
                counts.merge("The " + m.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
