package org.crosscheck.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.annotate.LanguageRouter;
import org.crosscheck.group.Embedder;
import org.crosscheck.group.MiniLmEmbedder;

/**
 * The heavy models of an executor JVM (CoreNLP, MiniLM), each loaded on first use by a task and then shared
 * by every task of that JVM: never per record, and never on the driver, which calls none of these.
 */
public final class Models {

    private static final AtomicInteger ANNOTATOR_LOADS = new AtomicInteger();
    private static volatile Annotator annotator;
    private static volatile Embedder embedder;

    private Models() {
    }

    /**
     * Returns this JVM's annotator (core's {@link LanguageRouter}), which loads CoreNLP's models on the first English
     * article (seconds, about 1 GB of heap).
     */
    public static Annotator annotator() {
        Annotator a = annotator;
        if (a == null) {
            synchronized (Models.class) {
                a = annotator;
                if (a == null) {
                    a = LanguageRouter.standard();
                    ANNOTATOR_LOADS.incrementAndGet();
                    annotator = a;
                }
            }
        }
        return a;
    }

    /** Returns this JVM's sentence embedder, loading MiniLM on first use; it embeds on the calling task's thread. */
    public static Embedder embedder() {
        Embedder e = embedder;
        if (e == null) {
            synchronized (Models.class) {
                e = embedder;
                if (e == null) {
                    // one thread a call: an executor runs one task a core, and the packaged model's own pools
                    // (a thread a processor, a spinning ONNX Runtime pool) made the tasks fight for the cores
                    e = MiniLmEmbedder.singleThreaded();
                    embedder = e;
                }
            }
        }
        return e;
    }

    /** Returns how often this JVM loaded the annotator: at most once. */
    public static int annotatorLoads() {
        return ANNOTATOR_LOADS.get();
    }
}
