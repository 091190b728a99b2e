package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.crosscheck.model.SourceError;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}) with jwarc, one record at a time so an archive of
 * any size streams through: every HTML response (or resource) record becomes an HTML document named
 * {@code path#record-id} with its target URI; feed records give their entries that carry full text.
 * Non-HTML, revisit, redirect and error records are skipped and counted in a note; a broken record is an
 * error of its own and the rest of the archive is still read. A page linked from a teaser-only entry of a feed
 * archived before it gets the entry's title, date and author as hints, as when it was fetched.
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
    public boolean accepts(Input file) {
        return FileLoader.hasExtension(file, "warc", "warc.gz");
    }

    @Override
    public void read(Input file, String source, DocumentSink sink) throws InputException {
        WarcTally tally = new WarcTally();
        ArchiveRecords reading = new ArchiveRecords(source, sink, tally, maxRecordBytes, feeds);
        int records = 0;
        try (InputStream in = file.open(); WarcReader reader = new WarcReader(in)) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                records++;
                reading.record(next.get());
            }
        } catch (IOException | RuntimeException e) {
            String why = Problems.warc(e, false);
            if (records == 0) {
                throw new InputException("not a readable WARC archive: " + why);
            }
            sink.error(new SourceError(source, "archive is cut short or corrupt after " + records
                    + (records == 1 ? " record" : " records") + " (" + why + "); the records before were read"));
        }
        if (records == 0) {
            // An empty file (or an empty gzip) reads without a fault but must still be reported.
            throw new InputException("the archive holds no records");
        }
        sink.note(source, tally.summary());
        // An archive of a second fetch may rightly hold only not-modified answers; others without pages are errors.
        if (tally.documents() == 0 && tally.notModified == 0 && tally.revisits == 0) {
            throw new InputException("no HTML pages in the archive (" + tally.summary() + ")");
        }
    }
}
