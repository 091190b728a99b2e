package org.crosscheck.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.pipeline.Progress;

/** A progress listener for tests that keeps the notes it is told (thread-safe) and ignores the rest. */
public final class NotingProgress implements Progress {

    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

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

    /** Returns the notes told so far, in order. */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }
}
