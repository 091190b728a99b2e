package org.crosscheck.ingest;

import java.nio.file.Path;

/**
 * Reads one input format (plain text, JSON Lines, HTML …) into raw documents. A reader reads an {@link Input},
 * so that the same reader serves local files and files of other file systems.
 */
public interface SourceReader {

    /**
     * Tells whether this reader handles an input.
     *
     * @param input the input, by name (a reader may also look at its first bytes)
     * @return true when this reader should read it
     */
    boolean accepts(Input input);

    /**
     * Reads an input, giving each document (or failed record) to the sink.
     *
     * @param input  the input to read
     * @param source the source name to give its documents (the path as the user gave it)
     * @param sink   where documents and per-record errors go
     * @throws InputException when the whole input cannot be read
     */
    void read(Input input, String source, DocumentSink sink) throws InputException;

    /**
     * Tells whether this reader handles a local file.
     *
     * @param file the file, by name
     * @return true when this reader should read it
     */
    default boolean accepts(Path file) {
        return accepts(Input.of(file));
    }

    /**
     * Reads a local file, giving each document (or failed record) to the sink.
     *
     * @param file   the file to read
     * @param source the source name to give its documents (the path as the user gave it)
     * @param sink   where documents and per-record errors go
     * @throws InputException when the whole file cannot be read
     */
    default void read(Path file, String source, DocumentSink sink) throws InputException {
        read(Input.of(file), source, sink);
    }
}
