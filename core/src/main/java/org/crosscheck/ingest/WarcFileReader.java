package org.crosscheck.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.SourceError;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}) with jwarc, one record at a time so an archive of
 * any size streams through: every HTML response (or resource) record becomes an HTML document named
 * {@code path#record-id} with its target URI; feed records give their entries that carry full text.
 * Non-HTML, revisit, redirect and error records are skipped and counted in a note; a broken record is an
 * error of its own and the rest of the archive is still read.
 */
public final class WarcFileReader implements SourceReader {

    private final long maxRecordBytes;
    private final FeedDocuments feeds;

    /**
     * Creates the reader.
     *
     * @param maxRecordBytes the largest payload read from one record
     * @param feeds          turns feed records' entries into documents
     */
    public WarcFileReader(long maxRecordBytes, FeedDocuments feeds) {
        this.maxRecordBytes = maxRecordBytes;
        this.feeds = feeds;
    }

    @Override
    public boolean accepts(Path file) {
        return FileLoader.hasExtension(file, "warc", "warc.gz");
    }

    @Override
    public void read(Path file, String source, DocumentSink sink) throws InputException {
        WarcTally tally = new WarcTally();
        int records = 0;
        try (WarcReader reader = new WarcReader(file)) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                records++;
                record(next.get(), source, sink, tally);
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (records == 0) {
                throw new InputException("not a readable WARC archive: " + why);
            }
            sink.error(new SourceError(source, "archive is cut short or corrupt after " + records
                    + " records (" + why + "); the records before were read"));
        }
        sink.note(source, tally.summary());
        // An archive of a second fetch may rightly hold only not-modified answers; others without pages are errors.
        if (records > 0 && tally.documents() == 0 && tally.notModified == 0 && tally.revisits == 0) {
            throw new InputException("no HTML pages in the archive (" + tally.summary() + ")");
        }
    }

    /** Reads one record; an archive that ends inside it is the whole file's error, not the record's. */
    private void record(WarcRecord record, String source, DocumentSink sink, WarcTally tally) throws EOFException {
        String key = record.id().toString();
        String recordSource = source + "#" + key;
        try {
            if (record instanceof WarcResponse response) {
                response(response, key, recordSource, sink, tally);
            } else if (record instanceof WarcResource resource) {
                payload(resource.contentType(), resource.body(), resource.target(), key, recordSource, sink, tally);
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
            sink.error(new SourceError(recordSource, "record could not be read (" + e.getMessage() + ")"));
        }
    }

    private void response(WarcResponse response, String key, String recordSource, DocumentSink sink,
                          WarcTally tally) throws IOException, InputException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            payload(response.contentType(), response.body(), response.target(), key, recordSource, sink, tally);
            return;
        }
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            throw new InputException("page was cut short when archived (WARC-Truncated: "
                    + response.truncated().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status == WebPage.NOT_MODIFIED) {
            tally.notModified++;
        } else if (status >= 300 && status < 400) {
            tally.redirects++;
        } else if (status < 200 || status >= 300) {
            tally.httpErrors++;
        } else {
            payload(http.contentType(), http.bodyDecoded(), response.target(), key, recordSource, sink, tally);
        }
    }

    private void payload(MediaType type, MessageBody body, String target, String key, String recordSource,
                         DocumentSink sink, WarcTally tally) throws IOException, InputException {
        byte[] bytes = BoundedInput.read(body.stream(), maxRecordBytes);
        if (bytes.length > maxRecordBytes) {
            throw new InputException("page too large (over " + maxRecordBytes + " bytes)");
        }
        String base = type == null ? null : type.base().toString();
        switch (ContentKind.of(base, bytes)) {
            case HTML -> {
                String charset = type == null ? null : type.parameters().get("charset");
                sink.document(WebPages.html(bytes, charset, recordSource,
                        new Metadata(key, null, target, null, null, null, null)));
                tally.pages++;
            }
            case FEED -> feed(bytes, recordSource, sink, tally);
            default -> tally.notHtml++;
        }
    }

    /** A feed record's entries are named {@code path#record-id#guid}. */
    private void feed(byte[] bytes, String recordSource, DocumentSink sink, WarcTally tally)
            throws InputException {
        Feed feed = FeedParser.parse(bytes);
        int before = feed.entries().size();
        int skipped = feeds.emit(feed, recordSource, sink, FeedDocuments.Teasers.SKIP);
        tally.teasers += skipped;
        tally.feedEntries += before - skipped;
    }
}
