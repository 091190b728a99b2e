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
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crosscheck.pipeline.LanguageTags;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom feeds with ROME into {@link Feed}s. The XML encoding comes from the
 * declaration or byte-order mark (ROME's XmlReader); the XML is parsed by {@link SafeXml}, so a feed that
 * declares entities (the "billion laughs" pattern, or an external entity) is refused at once.
 */
public final class FeedParser {

    /** The error for a feed that declares XML entities. */
    static final String ENTITIES_REFUSED = "the feed declares XML entities, which are refused for safety";

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
            // ROME's own build(Reader) heals HTML entities (&nbsp;) the same way, then parses with whatever
            // SAX parser is on the class path; the document is parsed here by SafeXml instead.
            Document document = SafeXml.build(new XmlFixerReader(reader));
            SyndFeedInput input = new SyndFeedInput();
            // The wire entries tell a real guid from the link ROME puts in its place.
            input.setPreserveWireFeed(true);
            if (!isFeed(document)) {
                throw new NotAFeed(document);
            }
            feed = input.build(document);
        } catch (NotAFeed | JDOMException | FeedException | IOException | IllegalArgumentException e) {
            throw new InputException(reason(e));
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry, entries.size() + 1));
        }
        return new Feed(blankToNull(feed.getTitle()), language(feed.getLanguage()), entries);
    }

    private static boolean isFeed(Document document) {
        String root = document.getRootElement().getName();
        return root.equals("rss") || root.equals("feed") || root.equals("RDF");
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
        String primary = LanguageTags.primary(tag);
        return primary != null && primary.length() == 2 ? primary : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A failed parse in the user's terms. */
    static String reason(Exception e) {
        if (SafeXml.refusedEntity(e)) {
            return ENTITIES_REFUSED;
        }
        if (e instanceof NotAFeed notAFeed) {
            return notAFeed.getMessage();
        }
        if (e instanceof JDOMException) {
            return "not a valid RSS or Atom feed: " + Problems.xml(e);
        }
        if (e instanceof IOException) {
            // ROME's XmlReader: the declared or sniffed encoding is not one Java knows
            return "not a valid RSS or Atom feed: its character encoding is unknown or does not match its bytes";
        }
        return "not a valid RSS or Atom feed: its elements are not in the form RSS or Atom requires";
    }

    /** A well-formed XML document whose root is not a feed's. */
    private static final class NotAFeed extends Exception {
        private static final long serialVersionUID = 1L;

        NotAFeed(Document document) {
            super("not an RSS or Atom feed (the XML's root element is <" + document.getRootElement().getName()
                    + ">, not <rss>, <feed> or <rdf:RDF>)");
        }
    }
}
