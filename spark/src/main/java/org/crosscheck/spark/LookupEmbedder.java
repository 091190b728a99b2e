package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.group.Embedder;

/**
 * The embedder grouping gets in the corpus step: it looks up the vectors that the executors computed next to
 * each article, and embeds with this JVM's MiniLM only what it does not find (an article whose embedding failed).
 */
final class LookupEmbedder implements Embedder {

    private final Map<String, float[]> known;

    /**
     * Makes the embedder.
     *
     * @param known the vectors by sentence
     */
    LookupEmbedder(Map<String, float[]> known) {
        this.known = known;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> fresh = Models.embedder().embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), fresh.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(known.get(t)));
        return out;
    }
}
