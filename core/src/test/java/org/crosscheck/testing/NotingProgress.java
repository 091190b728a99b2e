package org.crosscheck.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.pipeline.Progress;

/**
 * A progress listener for tests that keeps the notes it is told and what it hears of the items worked on ("FILE 2"
 * for a record count, "FILE done"), thread-safe, and ignores the rest.
 */
public final class NotingProgress implements Progress {

    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> items = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void begin(String task, long total) {
    }

    @Override
    public void advance(long steps) {
    }

    @Override
    public void end() {
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    @Override
    public Work working(String item) {
        return new Work() {
            @Override
            public void close() {
                items.add(item + " done");
            }

            @Override
            public void counted(long records) {
                items.add(item + " " + records);
            }
        };
    }

    /** Returns what was heard of the items so far, in order: record counts and ends. */
    public List<String> items() {
        synchronized (items) {
            return List.copyOf(items);
        }
    }

    /** Returns the notes told so far, in order. */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }
}
