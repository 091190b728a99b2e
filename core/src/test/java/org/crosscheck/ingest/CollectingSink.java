package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/** A sink that keeps what it is given, for tests. */
final class CollectingSink implements DocumentSink {

    final List<RawDocument> docs = new ArrayList<>();
    final List<SourceError> errors = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void document(RawDocument document) {
        docs.add(document);
    }

    @Override
    public void error(SourceError error) {
        errors.add(error);
    }

    @Override
    public void note(String source, String message) {
        notes.add(source + ": " + message);
    }
}
