package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.StatementStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;

/**
 * Scores statements against the project's own labelled set ({@code samples/statements/statements.json}):
 * recall and precision per kind of statement, for half A (odd article ids) and half B (even ids). A labelled
 * statement is found when one statement of its article holds every labelled part in its content; it is
 * right when speaker, mode and cue class agree too. A statement and the statements that go on from it
 * ({@link Statement#continues()}) are scored as one, their contents joined: the set labels one utterance, the
 * dossier gives each later sentence of a quotation its own statement. A statement found that holds no labelled
 * one counts against precision in the kind of the labelled statement it overlaps, else under "none".
 *
 * <pre>
 * java -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.StatementSetScore \
 *     [--verbose] [--from N] [samples/statements/statements.json]
 * </pre>
 * {@code --from N} also scores the articles with id N or more alone (a later batch, such as a blind one), after
 * the whole set; the whole set is analysed as one corpus either way, so the figures do not depend on the option.
 */
public final class StatementSetScore {

    private StatementSetScore() {
    }

    /**
     * Runs the scorer.
     *
     * @param args {@code --verbose} to list every miss and extra statement, {@code --from N} to score the
     *     articles with id N or more alone too, and the set's path
     * @throws IOException when the set cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        boolean verbose = options.contains("--verbose");
        int from = options.contains("--from") ? Integer.parseInt(options.get(options.indexOf("--from") + 1)) : 0;
        String path = options.stream().filter(a -> !a.startsWith("--") && !a.matches("\\d+")).findFirst()
                .orElse("samples/statements/statements.json");
        JsonNode set = new ObjectMapper().readTree(Path.of(path).toFile());
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : set.get("articles")) {
            articles.add(new Article("a" + a.get("id").asInt(), "statements.json#" + a.get("id").asInt(), "Sample",
                    null, null, null, null, "en", a.get("text").asText(), List.of(), List.of(), null, List.of()));
        }
        Corpus corpus = new Corpus(articles, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        corpus = new AnnotateStage(CoreNlpAnnotator::shared, 1).apply(corpus, Progress.NONE);
        corpus = new EntityStage().apply(corpus, Progress.NONE);
        corpus = new StatementStage().apply(corpus, Progress.NONE);
        System.out.println("statements found: " + corpus.statements().size() + ", of which go on from another: "
                + corpus.statements().stream().filter(s -> s.continues() != null).count());
        score(set, corpus, 0, verbose);
        if (from > 0) {
            System.out.println("articles with id " + from + " or more:");
            score(set, corpus, from, false);
        }
    }

    /** Prints both halves' figures for the articles with id {@code from} or more. */
    private static void score(JsonNode set, Corpus corpus, int from, boolean verbose) {
        for (String half : List.of("A", "B")) {
            Tally tally = new Tally();
            for (JsonNode a : set.get("articles")) {
                if ((a.get("id").asInt() % 2 == 1) == half.equals("A") && a.get("id").asInt() >= from) {
                    String id = "a" + a.get("id").asInt();
                    List<Statement> found = chains(corpus.statements().stream()
                            .filter(s -> s.article().equals(id)).toList());
                    tally.article(id, a, found, verbose);
                }
            }
            tally.print("half " + half);
        }
    }

    /**
     * Folds every statement that goes on from another into the first of its chain: one statement per utterance,
     * its content the chain's contents joined by " … ", its span the chain's.
     */
    static List<Statement> chains(List<Statement> found) {
        Map<String, Statement> heads = new java.util.LinkedHashMap<>();
        Map<String, String> headOf = new java.util.HashMap<>();
        for (Statement s : found) {
            String head = s.continues() == null ? s.id() : headOf.getOrDefault(s.continues(), s.id());
            headOf.put(s.id(), head);
            Statement h = heads.get(head);
            heads.put(head, h == null ? s : new Statement(h.id(), h.article(), h.start(), Math.max(h.end(), s.end()),
                    h.mode(), h.speaker(), h.cue(), h.content() + " … " + s.content(), h.parts(), h.cueClass()));
        }
        return List.copyOf(heads.values());
    }

    /** Counts per kind: labelled, right, found statements attributed to the kind, and right among those. */
    private static final class Tally {
        private final Map<String, int[]> kinds = new TreeMap<>();

        void article(String id, JsonNode a, List<Statement> found, boolean verbose) {
            boolean[] used = new boolean[found.size()];
            String text = a.get("text").asText();
            for (JsonNode g : a.get("statements")) {
                int[] k = kinds.computeIfAbsent(g.get("kind").asText(), x -> new int[4]);
                k[0]++;
                int hit = match(g, found, used);
                if (hit >= 0) {
                    used[hit] = true;
                    k[2]++;
                    boolean right = right(g, found.get(hit));
                    k[1] += right ? 1 : 0;
                    k[3] += right ? 1 : 0;
                    if (!right && verbose) {
                        System.out.println("WRONG " + id + " " + g + "\n   got " + show(found.get(hit)));
                    }
                } else if (verbose) {
                    System.out.println("MISS  " + id + " " + g);
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    kinds.computeIfAbsent(overlapped(a, text, found.get(i)), x -> new int[4])[2]++;
                    if (verbose) {
                        System.out.println("EXTRA " + id + " " + show(found.get(i)));
                    }
                }
            }
        }

        private static int match(JsonNode g, List<Statement> found, boolean[] used) {
            int best = -1;
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && holdsParts(g, found.get(i))) {
                    if (right(g, found.get(i))) {
                        return i;
                    }
                    best = best < 0 ? i : best;
                }
            }
            return best;
        }

        private static boolean holdsParts(JsonNode g, Statement s) {
            String content = norm(s.content());
            for (JsonNode p : g.get("parts")) {
                if (!content.contains(norm(p.asText()))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean right(JsonNode g, Statement s) {
            String want = norm(g.get("speaker").asText());
            String got = s.speaker() == null ? "" : norm(s.speaker().text());
            boolean speaker = !got.isEmpty() && (got.contains(want) || want.contains(got));
            return speaker && g.get("mode").asText().equals(s.mode())
                    && g.get("cue_class").asText().equals(s.cueClass());
        }

        private static String overlapped(JsonNode a, String text, Statement s) {
            for (JsonNode g : a.get("statements")) {
                int at = text.indexOf(g.get("parts").get(0).asText());
                if (at >= 0 && at < s.end() && at + g.get("parts").get(0).asText().length() > s.start()) {
                    return g.get("kind").asText();
                }
            }
            return "none";
        }

        private static String norm(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[“”\"'’‘]", "").replaceAll("^the ", "")
                    .replaceAll("[.,!?]+$", "").replaceAll("\\s+", " ").strip();
        }

        private static String show(Statement s) {
            return s.mode() + " " + (s.speaker() == null ? null : s.speaker().text()) + " [" + s.cue() + "/"
                    + s.cueClass() + "] " + s.content();
        }

        void print(String title) {
            int[] all = new int[4];
            System.out.println(title + "           labelled  recall  precision");
            kinds.forEach((kind, k) -> {
                System.out.printf(Locale.ROOT, "  %-12s %8d  %6s  %9s%n", kind, k[0], ratio(k[1], k[0]),
                        ratio(k[3], k[2]));
                for (int i = 0; i < 4; i++) {
                    all[i] += k[i];
                }
            });
            System.out.printf(Locale.ROOT, "  %-12s %8d  %6s  %9s%n", "all", all[0], ratio(all[1], all[0]),
                    ratio(all[3], all[2]));
        }

        private static String ratio(int a, int b) {
            return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / b);
        }
    }
}
