package org.crosscheck.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.SourceError;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/** Turns the records of one web archive, in order, into documents, errors and counts (see {@link WarcFileReader}). */
final class ArchiveRecords {

    /** Teaser entries remembered for the pages they link to; bounded so a huge archive cannot fill memory. */
    private static final int MAX_REMEMBERED_LINKS = 10_000;
    private final String source;
    private final DocumentSink sink;
    private final WarcTally tally;
    private final long maxRecordBytes;
    private final FeedDocuments feeds;
    private final Map<String, EntryHints> teaserHints = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EntryHints> eldest) {
            return size() > MAX_REMEMBERED_LINKS;
        }
    };

    /** What a teaser-only feed entry says of the page it links to, at both strengths (see {@link FeedDocuments}). */
    private record EntryHints(Metadata hints, Metadata fallback) {
    }

    ArchiveRecords(String source, DocumentSink sink, WarcTally tally, long maxRecordBytes, FeedDocuments feeds) {
        this.source = source;
        this.sink = sink;
        this.tally = tally;
        this.maxRecordBytes = maxRecordBytes;
        this.feeds = feeds;
    }

    /**
     * Reads one record; an archive that ends inside it is the whole file's error, not the record's.
     *
     * @param record the record
     * @throws EOFException when the archive ends inside the record
     */
    void record(WarcRecord record) throws EOFException {
        String key = record.id().toString();
        String recordSource = source + "#" + key;
        try {
            if (record instanceof WarcResponse response) {
                response(response, key, recordSource);
            } else if (record instanceof WarcResource resource) {
                payload(resource.contentType(), resource.body(), served(resource), key, recordSource);
            } else if (record instanceof WarcRevisit) {
                tally.revisits++;
            }
        } catch (InputException e) {
            tally.broken++;
            sink.error(new SourceError(recordSource, e.getMessage()));
        } catch (EOFException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            tally.broken++;
            sink.error(new SourceError(recordSource, "record could not be read: " + Problems.warc(e, true)));
        }
    }

    private void response(WarcResponse response, String key, String recordSource) throws IOException, InputException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            payload(response.contentType(), response.body(), served(response), key, recordSource);
            return;
        }
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            throw new InputException("page was cut short when archived (WARC-Truncated: "
                    + response.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status == WebPage.NOT_MODIFIED) {
            tally.notModified++;
        } else if (status >= 300 && status < 400) {
            tally.redirects++;
            follow(response.target(), http.headers().first("Location").orElse(null));
        } else if (status < 200 || status >= 300) {
            tally.httpErrors++;
        } else {
            payload(http.contentType(), http.bodyDecoded(), served(response), key, recordSource);
        }
    }

    /**
     * Moves a teaser entry's hints along its link's redirect (a feed's tracking link, http to https), so the
     * page archived under the new URL still gets them.
     */
    private void follow(String from, String location) {
        EntryHints entry = teaserHints.get(from);
        if (entry == null || location == null || location.isBlank()) {
            return;
        }
        try {
            String to = URI.create(from).resolve(location.strip()).toString();
            teaserHints.remove(from);
            teaserHints.put(to, entry);
        } catch (IllegalArgumentException e) {
            // a malformed Location leads nowhere; the hints stay with the link
        }
    }

    /** The target URI and WARC-Date: where and when the page was captured, which its own metadata overrides. */
    private static Metadata served(WarcCaptureRecord record) {
        return WebPages.served(record.target(), record.date());
    }

    private void payload(MediaType type, MessageBody body, Metadata served, String key, String recordSource)
            throws IOException, InputException {
        byte[] bytes = BoundedInput.read(body.stream(), maxRecordBytes);
        if (bytes.length > maxRecordBytes) {
            throw new InputException("page too large (over " + maxRecordBytes + " bytes)");
        }
        String base = type == null ? null : type.base().toString();
        switch (ContentKind.of(base, bytes)) {
            case HTML -> {
                String charset = type == null ? null : type.parameters().get("charset");
                EntryHints entry = teaserHints.remove(served.url());
                Metadata hints = new Metadata(key, null, null, null, null, null, null)
                        .orElse(entry == null ? null : entry.hints());
                sink.document(WebPages.html(bytes, charset, recordSource, hints,
                        served.orElse(entry == null ? null : entry.fallback())));
                tally.pages++;
            }
            case FEED -> feed(bytes, recordSource);
            default -> tally.notHtml++;
        }
    }

    /** A feed record's entries are named {@code path#record-id#guid}; its teasers' hints wait for their pages. */
    private void feed(byte[] bytes, String recordSource) throws InputException {
        Feed feed = FeedParser.parse(bytes);
        int skipped = feeds.emit(feed, recordSource, sink, FeedDocuments.Teasers.SKIP);
        tally.teasers += skipped;
        tally.feedEntries += feed.entries().size() - skipped;
        for (FeedEntry entry : feed.entries()) {
            if (entry.bodyChars() < FeedDocuments.FULL_TEXT_CHARS && entry.link() != null) {
                teaserHints.put(entry.link(), new EntryHints(FeedDocuments.hints(feed, entry),
                        FeedDocuments.fallback(feed, entry)));
            }
        }
    }
}
