package org.crosscheck.pipeline;

import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Passes what one file's reader gives on to another sink and tells the file's progress item how many records
 * (documents and failed records) it has read so far, so that one big archive shows a count while it is read.
 */
final class CountingSink implements DocumentSink {

    private final DocumentSink sink;
    private final Progress.Work working;
    private long records;

    /**
     * Makes the sink for one file.
     *
     * @param sink    where the records go
     * @param working the file's progress item, told the count after each record
     */
    CountingSink(DocumentSink sink, Progress.Work working) {
        this.sink = sink;
        this.working = working;
    }

    @Override
    public void document(RawDocument document) {
        sink.document(document);
        working.counted(++records);
    }

    @Override
    public void error(SourceError error) {
        sink.error(error);
        working.counted(++records);
    }

    @Override
    public void note(String source, String message) {
        sink.note(source, message);
    }
}
