package org.crosscheck.group;

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
 * source not yet cited, so that independent outlets are balanced and copies add nothing.
 */
final class Summaries {

    private static final int LENGTH = 3;
    private static final double REDUNDANT = 0.8;
    private static final double LEAD_BONUS = 0.1;
    private static final double NEW_SOURCE_BONUS = 0.1;

    private record Candidate(String article, int start, int end, float[] vector, int position, String source) {
    }

    private Summaries() {
    }

    static List<Event> summarise(Corpus corpus, List<Event> events, Map<String, ArticleProfile> profiles,
                                 List<Copy> copies) {
        Map<String, String> source = Independence.sourceOf(corpus.articles(), copies);
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            out.add(new Event(e.id(), e.title(), e.articles(), summary(corpus, e, profiles, source)));
        }
        return out;
    }

    private static List<CitedSentence> summary(Corpus corpus, Event e, Map<String, ArticleProfile> profiles,
                                               Map<String, String> source) {
        List<Candidate> candidates = candidates(corpus, e, profiles, source);
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
        Set<String> cited = new HashSet<>();
        while (chosen.size() < LENGTH) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (chosen.contains(c) || chosen.stream().anyMatch(x -> MiniLmEmbedder.cosine(x.vector(), c.vector())
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
            chosen.add(candidates.get(best));
            cited.add(candidates.get(best).source());
        }
        List<CitedSentence> out = new ArrayList<>();
        for (Candidate c : chosen) {
            out.add(new CitedSentence(corpus.article(c.article()).text().substring(c.start(), c.end()), c.article(),
                    c.start(), c.end()));
        }
        return out;
    }

    private static List<Candidate> candidates(Corpus corpus, Event e, Map<String, ArticleProfile> profiles,
                                              Map<String, String> source) {
        List<Candidate> out = new ArrayList<>();
        for (String id : e.articles()) {
            Article a = corpus.article(id);
            ArticleProfile p = profiles.get(id);
            int offset = a.title() != null && !a.title().isBlank() ? 1 : 0;
            List<int[]> spans = Profiles.spans(a.text());
            for (int k = 0; k < spans.size() && k + offset < p.embeddings().size(); k++) {
                out.add(new Candidate(id, spans.get(k)[0], spans.get(k)[1], p.embeddings().get(k + offset), k,
                        source.getOrDefault(id, id)));
            }
        }
        return out;
    }
}
