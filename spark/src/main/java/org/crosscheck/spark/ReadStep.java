package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Executor side of ingest and clean: reads each file of a partition through its Hadoop file system with core's
 * readers (a WARC archive streams record by record) and cleans each document with core's cleaner. A broken
 * file or record, or a document the cleaner fails on, is an error result, in core's words ({@link SourceError#fault}
 * for a fault of Crosscheck); nothing a file holds fails the task. Each record read (a document or a broken
 * record) adds one to the job's {@link ReadProgress} counter, when there is one.
 */
public final class ReadStep implements FlatMapFunction<Iterator<InputFile>, ReadResult> {

    private static final long serialVersionUID = 1L;
    private final HadoopConf conf;
    private final long maxFileBytes;
    private final LongAccumulator records;

    /**
     * Makes the step without a record counter.
     *
     * @param conf         the Hadoop configuration
     * @param maxFileBytes the largest file (or archive record) accepted
     */
    public ReadStep(HadoopConf conf, long maxFileBytes) {
        this(conf, maxFileBytes, null);
    }

    /**
     * Makes the step.
     *
     * @param conf         the Hadoop configuration
     * @param maxFileBytes the largest file (or archive record) accepted
     * @param records      the counter of records read ({@link ReadProgress#counter()}), or null
     */
    public ReadStep(HadoopConf conf, long maxFileBytes, LongAccumulator records) {
        this.conf = conf;
        this.maxFileBytes = maxFileBytes;
        this.records = records;
    }

    @Override
    public Iterator<ReadResult> call(Iterator<InputFile> files) {
        Ingestor ingestor = Ingestor.standard(maxFileBytes);
        ArticleCleaner cleaner = ArticleCleaner.standard();
        List<ReadResult> out = new ArrayList<>();
        while (files.hasNext()) {
            read(files.next(), ingestor, cleaner, out);
        }
        return out.iterator();
    }

    private void read(InputFile file, Ingestor ingestor, ArticleCleaner cleaner, List<ReadResult> out) {
        HadoopInput input = new HadoopInput(file.path(), conf);
        if (!file.given() && !ingestor.isReadable(input)) {
            return;
        }
        int start = out.size();
        long[] record = {0};
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                counted();
                Ordinal at = new Ordinal(file.ordinal(), record[0]++);
                try {
                    out.add(ReadResult.of(at, cleaner.clean(document, "r" + file.ordinal() + "." + at.record())));
                } catch (RuntimeException e) {
                    out.add(ReadResult.of(at, SourceError.fault(document.source(), "could not be cleaned", e)));
                }
            }

            @Override
            public void error(SourceError error) {
                counted();
                out.add(ReadResult.of(new Ordinal(file.ordinal(), record[0]++), error));
            }
        };
        // a reader bug on one file must not fail the task (core's Ingestor reports one inside a reader; this
        // catches what escapes it): what the file gave so far is dropped, so that a retried task and this one agree
        try {
            ingestor.read(input, file.source(), sink);
        } catch (RuntimeException e) {
            replace(out, start, file, SourceError.fault(file.source(), "could not be read", e));
        } catch (StackOverflowError e) {
            replace(out, start, file, SourceError.fault(file.source(), "could not be read",
                    new IllegalStateException("stack overflow", e)));
        }
    }

    private void counted() {
        if (records != null) {
            records.add(1);
        }
    }

    private static void replace(List<ReadResult> out, int start, InputFile file, SourceError error) {
        out.subList(start, out.size()).clear();
        out.add(ReadResult.of(new Ordinal(file.ordinal(), 0), error));
    }
}
