package org.crosscheck.group;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Embedder} on the quantised all-MiniLM-L6-v2 sentence model, run in-process with ONNX Runtime
 * (langchain4j's packaging: the model ships inside a Maven Central jar; nothing is downloaded). Loaded
 * once per process ({@link #shared()}, which spreads a call over every core, or {@link #singleThreaded()}, which
 * runs it on the caller's thread alone, for callers that already run one per core); both give the same vectors.
 */
public final class MiniLmEmbedder implements Embedder {

    private static volatile MiniLmEmbedder shared;
    private static volatile MiniLmEmbedder singleThreaded;
    private final EmbeddingModel model;

    private MiniLmEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Returns the process-wide instance, loading the model on first use. */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder e = shared;
        if (e == null) {
            synchronized (MiniLmEmbedder.class) {
                e = shared;
                if (e == null) {
                    e = new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
                    shared = e;
                }
            }
        }
        return e;
    }

    /**
     * Returns the process-wide instance that embeds on the calling thread alone (one ONNX Runtime thread, no
     * thread pool), loading the model on first use: for callers that each have a core of their own, such as
     * the tasks of a Spark executor. It gives the same vectors as {@link #shared()}.
     *
     * @return the embedder
     * @throws IllegalStateException when the model cannot be loaded
     */
    public static MiniLmEmbedder singleThreaded() {
        MiniLmEmbedder e = singleThreaded;
        if (e == null) {
            synchronized (MiniLmEmbedder.class) {
                e = singleThreaded;
                if (e == null) {
                    e = new MiniLmEmbedder(OneThreadMiniLm.load());
                    singleThreaded = e;
                }
            }
        }
        return e;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> out = new ArrayList<>();
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(normalise(e.vector()));
        }
        return out;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    /**
     * Dot product of two unit vectors: their cosine similarity.
     *
     * @param a a unit vector
     * @param b another of the same length
     * @return the cosine, -1..1
     */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
