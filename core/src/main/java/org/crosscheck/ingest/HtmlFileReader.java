package org.crosscheck.ingest;

import java.nio.file.Path;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/** Reads a saved {@code .html}/{@code .htm} page as one HTML document; the clean stage extracts it. */
public final class HtmlFileReader implements SourceReader {

    private final FileLoader loader;

    /**
     * Creates the reader.
     *
     * @param loader reads and decodes files within the size limit
     */
    public HtmlFileReader(FileLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean accepts(Path file) {
        return FileLoader.hasExtension(file, "html", "htm", "xhtml");
    }

    @Override
    public void read(Path file, String source, DocumentSink sink) throws InputException {
        String html = loader.load(file);
        if (html.isBlank()) {
            throw new InputException("no content in file (only whitespace)");
        }
        sink.document(new RawDocument(source, RawDocument.Format.HTML, html, Metadata.EMPTY));
    }
}
