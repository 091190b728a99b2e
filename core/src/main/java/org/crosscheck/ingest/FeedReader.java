package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads RSS and Atom feed files ({@code .rss}, {@code .atom}, {@code .rdf}, and {@code .xml} files whose
 * root element is a feed) into one document per entry; see {@link FeedDocuments} for teaser-only entries.
 */
public final class FeedReader implements SourceReader {

    private final FileLoader loader;
    private final FeedDocuments documents;

    /**
     * Creates the reader.
     *
     * @param loader    reads files within the size limit
     * @param documents turns entries into documents
     */
    public FeedReader(FileLoader loader, FeedDocuments documents) {
        this.loader = loader;
        this.documents = documents;
    }

    @Override
    public boolean accepts(Input file) {
        if (FileLoader.hasExtension(file, "rss", "atom", "rdf")) {
            return true;
        }
        return FileLoader.hasExtension(file, "xml") && ContentKind.sniff(head(file)) == ContentKind.FEED;
    }

    private static byte[] head(Input file) {
        try (InputStream in = file.open()) {
            return in.readNBytes(ContentKind.PROLOG_BYTES);
        } catch (IOException e) {
            // Unreadable: claim it, so that reading it reports the problem with the file's name.
            return "<rss".getBytes(StandardCharsets.US_ASCII);
        }
    }

    @Override
    public void read(Input file, String source, DocumentSink sink) throws InputException {
        Feed feed = FeedParser.parse(loader.bytes(file));
        if (feed.entries().isEmpty()) {
            throw new InputException("feed has no entries");
        }
        documents.emit(feed, source, sink, FeedDocuments.Teasers.FETCH_OR_REPORT);
    }
}
