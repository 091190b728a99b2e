package org.crosscheck.clean;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Removal;

/** Finds an outlet's name: from a URL's host, or from the outlet's references to itself in its page furniture. */
public final class OutletNames {

    private static final Pattern SELF_NAME = Pattern.compile("\\bThe (\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){0,3})");
    private static final Pattern HOST_PREFIX = Pattern.compile("^(www\\d?|m|mobile|amp|edition|news)\\.");

    private OutletNames() {
    }

    /**
     * Names an outlet by a URL's host, without "www.", mobile and AMP prefixes.
     *
     * @param url the URL, may be null or malformed
     * @return the host (e.g. "harborherald.com"), or null
     */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            String h = host.toLowerCase(Locale.ROOT);
            for (Matcher m = HOST_PREFIX.matcher(h); m.find(); m = HOST_PREFIX.matcher(h)) {
                h = h.substring(m.end());
            }
            return h;
        } catch (IllegalArgumentException e) {
            return null;
        }
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
