package org.crosscheck.ingest;

import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/**
 * Reads a file that holds one document: a {@code .txt} article (the clean stage finds its headline) or a
 * saved {@code .html} page (the clean stage extracts it).
 */
public final class WholeFileReader implements SourceReader {

    private final FileLoader loader;
    private final RawDocument.Format format;
    private final String[] extensions;

    /**
     * Creates a reader.
     *
     * @param loader     reads and decodes files within the size limit
     * @param format     what the files hold
     * @param extensions the file name endings it reads, without the dot
     */
    public WholeFileReader(FileLoader loader, RawDocument.Format format, String... extensions) {
        this.loader = loader;
        this.format = format;
        this.extensions = extensions.clone();
    }

    /**
     * Creates the reader of plain-text articles.
     *
     * @param loader reads and decodes files
     * @return the reader of {@code .txt} and {@code .text} files
     */
    public static WholeFileReader text(FileLoader loader) {
        return new WholeFileReader(loader, RawDocument.Format.TEXT, "txt", "text");
    }

    /**
     * Creates the reader of saved web pages.
     *
     * @param loader reads and decodes files
     * @return the reader of {@code .html}, {@code .htm} and {@code .xhtml} files
     */
    public static WholeFileReader html(FileLoader loader) {
        return new WholeFileReader(loader, RawDocument.Format.HTML, "html", "htm", "xhtml");
    }

    @Override
    public boolean accepts(Input file) {
        return FileLoader.hasExtension(file, extensions);
    }

    @Override
    public void read(Input file, String source, DocumentSink sink) throws InputException {
        String content = loader.load(file);
        if (content.isBlank()) {
            throw new InputException("no content in file (only whitespace)");
        }
        if (format == RawDocument.Format.HTML && !HtmlBody.hasText(content)) {
            throw new InputException("HTML page without body text");
        }
        sink.document(new RawDocument(source, format, content, Metadata.EMPTY));
    }
}
