package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.group.Embedder;
import org.crosscheck.group.GroupStage;

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

    /**
     * Makes the embedder of one article: the vectors computed next to it at annotation.
     *
     * @param x the extracted article
     * @return an embedder that knows its embedded sentences ({@link GroupStage#embeddedSentences})
     */
    static LookupEmbedder of(Extracted x) {
        Map<String, float[]> vectors = new HashMap<>();
        if (x.vectors() != null) {
            List<String> sentences = GroupStage.embeddedSentences(x.article());
            for (int i = 0; i < sentences.size() && i < x.vectors().size(); i++) {
                vectors.putIfAbsent(sentences.get(i), x.vectors().get(i));
            }
        }
        return new LookupEmbedder(vectors);
    }

    /**
     * Gives the vectors of one article's embedded sentences, as its profile holds them.
     *
     * @param x the extracted article
     * @return the vectors, in the order of {@link GroupStage#embeddedSentences}
     */
    static List<float[]> embeddings(Extracted x) {
        return of(x).embed(GroupStage.embeddedSentences(x.article()));
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
