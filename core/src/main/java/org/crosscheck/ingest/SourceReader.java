package org.crosscheck.ingest;

import java.nio.file.Path;

/** Reads one input format (plain text, JSON Lines, HTML …) into raw documents. */
public interface SourceReader {

    /**
     * Tells whether this reader handles a file.
     *
     * @param file the file, by name
     * @return true when this reader should read it
     */
    boolean accepts(Path file);

    /**
     * Reads a file, giving each document (or failed record) to the sink.
     *
     * @param file   the file to read
     * @param source the source name to give its documents (the path as the user gave it)
     * @param sink   where documents and per-record errors go
     * @throws InputException when the whole file cannot be read
     */
    void read(Path file, String source, DocumentSink sink) throws InputException;
}
