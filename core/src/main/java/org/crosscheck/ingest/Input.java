package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file as the readers see it: a name that tells its format and a way to open its bytes, so that a
 * {@link SourceReader} need not know whether the file is on the local disk or on another file system (HDFS,
 * S3, as the Spark job reads them). {@link #open()} may be called more than once (a reader may look at the
 * first bytes before it reads the whole).
 */
public interface Input {

    /** Returns the file's name, e.g. {@code feed.jsonl}; its extension tells the format. */
    String name();

    /**
     * Returns the file's size.
     *
     * @return the size in bytes, or -1 when unknown
     * @throws IOException when the file cannot be looked at
     */
    long size() throws IOException;

    /**
     * Opens the file from its start.
     *
     * @return a new stream over its bytes; the caller closes it
     * @throws IOException when the file cannot be opened (a missing file throws
     *                     {@link java.nio.file.NoSuchFileException} or {@link java.io.FileNotFoundException})
     */
    InputStream open() throws IOException;

    /**
     * Wraps a local file.
     *
     * @param file the file
     * @return the input reading it
     */
    static Input of(Path file) {
        return new Input() {
            @Override
            public String name() {
                Path name = file.getFileName();
                return name == null ? file.toString() : name.toString();
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
    }
}
