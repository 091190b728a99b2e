package org.crosscheck.ingest;

import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/** Receives what a {@link SourceReader} reads: documents, and errors for records that failed. */
public interface DocumentSink {

    /**
     * Takes one document.
     *
     * @param document the document read
     */
    void document(RawDocument document);

    /**
     * Takes one failed record; the reader goes on with the next.
     *
     * @param error the source and reason
     */
    void error(SourceError error);

    /**
     * Takes a remark about a source that is not an error, such as how many records of an archive were skipped
     * and why; ignored unless the sink shows it.
     *
     * @param source  the input's path or URL
     * @param message the remark, one line
     */
    default void note(String source, String message) {
    }
}
