package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts what an archive held and what was skipped, for the one-line note after reading it. */
final class WarcTally {

    int pages;
    int feedEntries;
    int notHtml;
    int revisits;
    int redirects;
    int httpErrors;
    int notModified;
    int teasers;
    int broken;

    int documents() {
        return pages + feedEntries;
    }

    /** Returns e.g. "12 HTML pages read; skipped: 30 not HTML, 2 revisits, 1 HTTP error". */
    String summary() {
        String read = String.format(Locale.ROOT, "%d HTML page%s%s read", pages, pages == 1 ? "" : "s",
                feedEntries > 0 ? " and " + feedEntries + " feed entries" : "");
        List<String> skipped = new ArrayList<>();
        add(skipped, notHtml, "not HTML");
        add(skipped, revisits, "revisit records");
        add(skipped, redirects, "redirects");
        add(skipped, httpErrors, "HTTP error responses");
        add(skipped, notModified, "not-modified responses");
        add(skipped, teasers, "feed entries with only a summary");
        add(skipped, broken, "unreadable records");
        return skipped.isEmpty() ? read : read + "; skipped: " + String.join(", ", skipped);
    }

    private static void add(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + " " + what);
        }
    }
}
