package org.crosscheck.ingest;

import java.nio.file.Path;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/** Reads a {@code .txt} file as one plain-text article; the clean stage finds its headline. */
public final class TextFileReader implements SourceReader {

    private final FileLoader loader;

    /**
     * Creates the reader.
     *
     * @param loader reads and decodes files within the size limit
     */
    public TextFileReader(FileLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean accepts(Path file) {
        return FileLoader.hasExtension(file, "txt", "text");
    }

    @Override
    public void read(Path file, String source, DocumentSink sink) throws InputException {
        String text = loader.load(file);
        if (text.isBlank()) {
            throw new InputException("no text in file (only whitespace)");
        }
        sink.document(new RawDocument(source, RawDocument.Format.TEXT, text, Metadata.EMPTY));
    }
}
