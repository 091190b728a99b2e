package org.crosscheck.group;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;

/**
 * Extractive, cited event summaries: source sentences only, never a generated word. Sentences are
 * ranked by centrality (mean closeness of meaning to the event's other sentences) with a bonus for the
 * lead; chosen greedily while skipping any sentence too close to one already chosen, and preferring a
 * source not yet cited, so that independent outlets are balanced and copies add nothing. An event's summary reads
 * only its own articles' {@link #candidates} and their sources, so a distributed run summarises event by event.
 */
public final class Summaries {

    private static final int LENGTH = 3;
    private static final double REDUNDANT = 0.8;
    private static final double LEAD_BONUS = 0.1;
    private static final double NEW_SOURCE_BONUS = 0.1;

    /**
     * A sentence an event's summary may cite: one of an article's embedded text sentences.
     *
     * @param article  the article's id
     * @param start    where the sentence starts in the article's text
     * @param end      where it ends
     * @param text     the sentence as written
     * @param vector   its sentence embedding
     * @param position its place among the article's text sentences (0 is the lead)
     * @param source   the article's source ({@link Independence#sourceOf}): only told apart from other sources
     */
    public record Candidate(String article, int start, int end, String text, float[] vector, int position,
                            String source) implements Serializable {
    }

    private Summaries() {
    }

    static List<Event> summarise(Corpus corpus, List<Event> events, Map<String, ArticleProfile> profiles,
                                 List<Copy> copies) {
        Map<String, String> source = Independence.sourceOf(corpus.articles(), copies);
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            List<Candidate> candidates = new ArrayList<>();
            for (String id : e.articles()) {
                candidates.addAll(candidates(corpus.article(id), profiles.get(id).embeddings(),
                        source.getOrDefault(id, id)));
            }
            out.add(new Event(e.id(), e.title(), e.articles(), summary(candidates)));
        }
        return out;
    }

    /**
     * The sentences of one article an event's summary may cite.
     *
     * @param a          the article
     * @param embeddings the vectors of its embedded sentences ({@link GroupStage#embeddedSentences}), in order
     * @param source     a label its source alone has (articles related by copies but quotes share one)
     * @return its candidates, in text order
     */
    public static List<Candidate> candidates(Article a, List<float[]> embeddings, String source) {
        List<Candidate> out = new ArrayList<>();
        int offset = a.title() != null && !a.title().isBlank() ? 1 : 0;
        List<int[]> spans = Profiles.spans(a.text());
        for (int k = 0; k < spans.size() && k + offset < embeddings.size(); k++) {
            int start = spans.get(k)[0];
            int end = spans.get(k)[1];
            out.add(new Candidate(a.id(), start, end, a.text().substring(start, end), embeddings.get(k + offset), k,
                    source));
        }
        return out;
    }

    /**
     * Summarises one event.
     *
     * @param candidates its articles' candidates, article by article in the event's order, each in text order
     * @return up to three cited sentences
     */
    public static List<CitedSentence> summary(List<Candidate> candidates) {
        double[] centrality = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            double sum = 0;
            for (int j = 0; j < candidates.size(); j++) {
                if (i != j) {
                    sum += MiniLmEmbedder.cosine(candidates.get(i).vector(), candidates.get(j).vector());
                }
            }
            centrality[i] = candidates.size() > 1 ? sum / (candidates.size() - 1) : 1;
            centrality[i] += candidates.get(i).position() == 0 ? LEAD_BONUS : 0;
        }
        List<Candidate> chosen = new ArrayList<>();
        boolean[] taken = new boolean[candidates.size()];
        Set<String> cited = new HashSet<>();
        while (chosen.size() < LENGTH) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (taken[i] || chosen.stream().anyMatch(x -> MiniLmEmbedder.cosine(x.vector(), c.vector())
                        >= REDUNDANT)) {
                    continue;
                }
                double score = centrality[i] + (cited.contains(c.source()) ? 0 : NEW_SOURCE_BONUS);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            chosen.add(candidates.get(best));
            cited.add(candidates.get(best).source());
        }
        List<CitedSentence> out = new ArrayList<>();
        for (Candidate c : chosen) {
            out.add(new CitedSentence(c.text(), c.article(), c.start(), c.end()));
        }
        return out;
    }
}
