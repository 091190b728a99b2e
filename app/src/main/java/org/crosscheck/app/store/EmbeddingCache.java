package org.crosscheck.app.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.group.Embedder;

/**
 * An {@link Embedder} that keeps every sentence vector in the store (table {@code embeddings}, keyed by
 * the SHA-256 of the sentence and the model's name), so that regrouping the whole store after new
 * articles embeds only the new sentences: embedding is most of the grouping time.
 */
public final class EmbeddingCache implements Embedder {

    private final Store store;
    private final Embedder model;
    private final String modelName;

    /**
     * Makes a cache.
     *
     * @param store the open store
     * @param model the embedder that computes missing vectors
     */
    public EmbeddingCache(Store store, Embedder model) {
        this(store, model, model.getClass().getName());
    }

    /**
     * Makes a cache whose vectors are keyed by a model's name given apart from the embedder (a benchmark that
     * looks up the vectors the named model made).
     *
     * @param store     the open store
     * @param model     the embedder that computes missing vectors
     * @param modelName the name the vectors are kept under
     */
    public EmbeddingCache(Store store, Embedder model, String modelName) {
        this.store = store;
        this.model = model;
        this.modelName = modelName;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        Map<String, String> keys = new LinkedHashMap<>();
        texts.forEach(t -> keys.put(t, ContentHash.of(modelName + "\n" + t)));
        Map<String, float[]> known = stored(new ArrayList<>(keys.values()));
        List<String> missing = texts.stream().filter(t -> !known.containsKey(keys.get(t))).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> fresh = model.embed(missing);
            Map<String, float[]> rows = new LinkedHashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                rows.put(keys.get(missing.get(i)), fresh.get(i));
            }
            write(rows);
            known.putAll(rows);
        }
        return texts.stream().map(t -> known.get(keys.get(t))).toList();
    }

    private Map<String, float[]> stored(List<String> hashes) {
        if (hashes.isEmpty()) {
            return new HashMap<>();
        }
        String marks = String.join(",", Collections.nCopies(hashes.size(), "?"));
        Map<String, float[]> out = new HashMap<>();
        store.call(() -> Sql.query(store.connection(), "SELECT hash, vector FROM embeddings WHERE hash IN (" + marks
                + ")", rs -> out.put(rs.getString(1), floats(rs.getBytes(2))), hashes.toArray()));
        return out;
    }

    private void write(Map<String, float[]> rows) {
        String one = "(?,?)";
        String sql = "INSERT OR IGNORE INTO embeddings VALUES " + String.join(",", Collections.nCopies(rows.size(), one));
        List<Object> values = new ArrayList<>();
        rows.forEach((hash, vector) -> {
            values.add(hash);
            values.add(bytes(vector));
        });
        store.call(() -> Sql.update(store.connection(), sql, values.toArray()));
    }

    private static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
        return v;
    }
}
