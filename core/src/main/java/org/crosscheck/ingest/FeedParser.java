package org.crosscheck.ingest;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom feeds with ROME into {@link Feed}s. The XML encoding comes from the
 * declaration or byte-order mark (ROME's XmlReader); external entities are not resolved.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /**
     * Parses a feed.
     *
     * @param bytes the feed document
     * @return the feed
     * @throws InputException when the bytes are not a well-formed RSS or Atom feed (the message says where)
     */
    public static Feed parse(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty feed");
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            // RSS 0.91 feeds carry a DOCTYPE; ROME still resolves no external entities with doctypes allowed.
            input.setAllowDoctypes(true);
            // The wire entries tell a real guid from the link ROME puts in its place.
            input.setPreserveWireFeed(true);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputException("not a valid RSS or Atom feed: " + oneLine(e));
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry, entries.size() + 1));
        }
        return new Feed(blankToNull(feed.getTitle()), language(feed.getLanguage()), entries);
    }

    private static FeedEntry entry(SyndEntry e, int number) {
        String body = longestBody(e);
        int chars = body == null ? 0 : Jsoup.parse(body).text().length();
        return new FeedEntry(key(e), number, blankToNull(e.getTitle()), blankToNull(e.getLink()),
                date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()), author(e), body,
                chars);
    }

    private static String key(SyndEntry e) {
        Object wire = e.getWireEntry();
        if (wire instanceof Item item) {
            return item.getGuid() == null ? null : blankToNull(item.getGuid().getValue());
        }
        if (wire instanceof Entry entry) {
            return blankToNull(entry.getId());
        }
        return blankToNull(e.getUri());
    }

    /** Feeds put full text in content:encoded / Atom content and teasers in description / summary, but not always. */
    private static String longestBody(SyndEntry e) {
        String best = null;
        List<SyndContent> candidates = new ArrayList<>(e.getContents());
        if (e.getDescription() != null) {
            candidates.add(e.getDescription());
        }
        for (SyndContent c : candidates) {
            String html = asHtml(c);
            if (html != null && (best == null || html.length() > best.length())) {
                best = html;
            }
        }
        return best;
    }

    private static String asHtml(SyndContent c) {
        String value = c.getValue();
        if (value == null || value.isBlank()) {
            return null;
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return "<p>" + Entities.escape(value).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>";
        }
        return value;
    }

    private static String author(SyndEntry e) {
        if (e.getAuthors() != null && !e.getAuthors().isEmpty()) {
            String names = e.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank())
                    .collect(Collectors.joining(", "));
            if (!names.isBlank()) {
                return names;
            }
        }
        return blankToNull(e.getAuthor());
    }

    private static String date(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 ? primary : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
