package org.crosscheck.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Scores event and story grouping under many settings at once, on analysed dossiers with gold groups,
 * building every article's profile once (the costly part): the tool behind the choice of
 * {@link GroupSettings#DEFAULT}. Each dataset is {@code NAME=DOSSIER=GOLD}; GOLD is an ECB+
 * {@code documents.jsonl} (its topics are the gold stories), a seeds {@code gold.json} or a samples {@code expected.json}. The grid is given
 * as system properties {@code grid.words=0.4,0.5} and so on for every field of {@link GroupSettings};
 * {@code -Derrors=true} lists mixed and split events, {@code -Ddump=NAME} every pair's signals.
 * Usage: GroupingStudy NAME=DOSSIER=GOLD...
 */
public final class GroupingStudy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Dataset(String name, Corpus corpus, List<ArticleProfile> profiles, List<Copy> copies,
                           Map<String, String> goldEvents, Map<String, String> goldStories) {
    }

    private GroupingStudy() {
    }

    /**
     * Runs the study and prints one line per setting.
     *
     * @param args datasets
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        List<Dataset> sets = new ArrayList<>();
        for (String arg : args) {
            String[] p = arg.split("=", 3);
            sets.add(load(p[0], Path.of(p[1]), Path.of(p[2])));
        }
        String dump = System.getProperty("dump");
        sets.stream().filter(d -> d.name().equals(dump)).forEach(GroupingStudy::dump);
        for (GroupSettings s : grid()) {
            StringBuilder line = new StringBuilder(s.toString().replace("GroupSettings", ""));
            for (Dataset d : sets) {
                Corpus grouped = EventFinder.find(d.corpus().withCopies(d.copies()), d.profiles(), d.copies(), s);
                line.append(String.format(Locale.ROOT, "  %s ev %s", d.name(),
                        pairwise(labels(d, grouped, false), d.goldEvents())));
                if (!d.goldStories().isEmpty()) {
                    line.append(String.format(Locale.ROOT, " st %s",
                            pairwise(labels(d, grouped, true), d.goldStories())));
                }
                line.append(" n=").append(grouped.events().size());
                if (Boolean.getBoolean("errors")) {
                    errors(d, grouped);
                }
            }
            System.out.println(line);
        }
    }

    /** Prints the mixed events (more than one gold event) and the split gold events of a grouping. */
    private static void errors(Dataset d, Corpus grouped) {
        Map<String, List<String>> split = new java.util.TreeMap<>();
        for (Event e : grouped.events()) {
            Map<String, Long> gold = new java.util.TreeMap<>();
            e.articles().forEach(a -> gold.merge(d.goldEvents().getOrDefault(a, "?"), 1L, Long::sum));
            gold.keySet().forEach(g -> split.computeIfAbsent(g, k -> new ArrayList<>()).add(e.id() + ":" + gold.get(g)));
            if (gold.size() > 1) {
                System.out.println("MIXED " + e.id() + " " + gold + " " + e.title());
            }
        }
        split.forEach((g, parts) -> {
            if (parts.size() > 1) {
                System.out.println("SPLIT " + g + " " + parts);
            }
        });
    }

    /** Prints every linked pair of a dataset's global graph with its signals and whether gold joins it. */
    private static void dump(Dataset d) {
        ArticleGraph g = new ArticleGraph(d.profiles(), java.util.Set.of(), TfIdf.CORPUS_COMMON, GroupSettings.DEFAULT);
        TfIdf t = new TfIdf(d.profiles().stream().map(ArticleProfile::terms).toList(), TfIdf.CORPUS_COMMON);
        Map<Integer, Map<Integer, Double>> cos = t.pairs();
        for (int i = 0; i < d.profiles().size(); i++) {
            for (int j = i + 1; j < d.profiles().size(); j++) {
                ArticleProfile a = d.profiles().get(i);
                ArticleProfile b = d.profiles().get(j);
                String ga = d.goldEvents().get(a.id());
                String gb = d.goldEvents().get(b.id());
                System.out.printf(Locale.ROOT, "%s %s-%s score %.3f cos %.3f lede %.3f cent %.3f names %.3f people %.2f%n",
                        ga != null && ga.equals(gb) ? "SAME" : "diff", a.id(), b.id(),
                        g.edges.getOrDefault(i, Map.of()).getOrDefault(j, 0.0),
                        cos.getOrDefault(i, Map.of()).getOrDefault(j, 0.0), ArticleGraph.lede(a, b),
                        MiniLmEmbedder.cosine(a.centroid(), b.centroid()),
                        ArticleGraph.jaccard(a.entities(), b.entities()), ArticleGraph.jaccard(a.people(), b.people()));
            }
        }
    }

    private static Dataset load(String name, Path dossier, Path gold) throws Exception {
        Corpus corpus = DossierJson.read(dossier).toCorpus();
        long start = System.nanoTime();
        List<ArticleProfile> profiles = new ArrayList<>(
                Profiles.of(corpus, MiniLmEmbedder.shared(), Progress.NONE).values());
        List<Copy> copies = CopyFinder.find(corpus, profiles);
        System.err.printf("%s: %d articles profiled in %.1f s%n", name, profiles.size(),
                (System.nanoTime() - start) / 1e9);
        Map<String, String> events = new HashMap<>();
        Map<String, String> stories = new HashMap<>();
        if (gold.toString().endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(gold)) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    JsonNode n = JSON.readTree(l);
                    events.put(n.get("id").asText(), n.get("event").asText());
                    if (n.has("topic")) {
                        stories.put(n.get("id").asText(), "t" + n.get("topic").asText());
                    }
                }
            }
        } else {
            JsonNode root = JSON.readTree(gold.toFile());
            JsonNode ev = root.get("events");
            groups(ev.has("events") ? ev.get("events") : ev, events);
            groups(ev.has("story") ? ev.get("story") : root.get("stories"), stories);
        }
        return new Dataset(name, corpus, profiles, copies, keyed(corpus, events), keyed(corpus, stories));
    }

    private static void groups(JsonNode lists, Map<String, String> out) {
        if (lists == null) {
            return;
        }
        int g = 0;
        for (JsonNode list : lists) {
            JsonNode members = list.isArray() ? list : list.get("articles");
            for (JsonNode m : members) {
                out.put(m.asText(), "g" + g);
            }
            g++;
        }
    }

    /** Gold labels keyed by article id; gold keys match a source by its tail (id after '#', file name, stem). */
    private static Map<String, String> keyed(Corpus corpus, Map<String, String> gold) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Article a : corpus.articles()) {
            String src = a.source().replace('\\', '/');
            String file = src.substring(src.lastIndexOf('/') + 1);
            String after = src.contains("#") ? src.substring(src.lastIndexOf('#') + 1) : file;
            String stem = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
            for (String k : List.of(file, after, stem)) {
                if (gold.containsKey(k)) {
                    out.put(a.id(), gold.get(k));
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, String> labels(Dataset d, Corpus grouped, boolean stories) {
        Map<String, String> eventOf = new HashMap<>();
        for (Event e : grouped.events()) {
            e.articles().forEach(a -> eventOf.put(a, e.id()));
        }
        if (stories) {
            for (Story s : grouped.stories()) {
                for (Event e : grouped.events()) {
                    if (s.events().contains(e.id())) {
                        e.articles().forEach(a -> eventOf.put(a, s.id()));
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        d.goldEvents().keySet().forEach(a -> out.put(a, eventOf.getOrDefault(a, "single:" + a)));
        return out;
    }

    private static String pairwise(Map<String, String> pred, Map<String, String> gold) {
        List<String> ids = new ArrayList<>(gold.keySet());
        long tp = 0;
        long p = 0;
        long g = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean sp = pred.get(ids.get(i)).equals(pred.get(ids.get(j)));
                boolean sg = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
                tp += sp && sg ? 1 : 0;
                p += sp ? 1 : 0;
                g += sg ? 1 : 0;
            }
        }
        double prec = p == 0 ? 1 : tp / (double) p;
        double rec = g == 0 ? 1 : tp / (double) g;
        double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        return String.format(Locale.ROOT, "%.3f(%.2f/%.2f)", f1, prec, rec);
    }

    /** Every combination of the grid's values; a field without values keeps its default. */
    private static List<GroupSettings> grid() throws ReflectiveOperationException {
        java.lang.reflect.RecordComponent[] fields = GroupSettings.class.getRecordComponents();
        List<double[]> combos = new ArrayList<>();
        combos.add(new double[fields.length]);
        for (int f = 0; f < fields.length; f++) {
            double fallback = (double) fields[f].getAccessor().invoke(GroupSettings.DEFAULT);
            List<double[]> next = new ArrayList<>();
            for (double[] c : combos) {
                for (double v : values(fields[f].getName(), fallback)) {
                    double[] copy = c.clone();
                    copy[f] = v;
                    next.add(copy);
                }
            }
            combos = next;
        }
        List<GroupSettings> out = new ArrayList<>();
        java.lang.reflect.Constructor<GroupSettings> make = GroupSettings.class.getDeclaredConstructor(
                java.util.Arrays.stream(fields).map(java.lang.reflect.RecordComponent::getType).toArray(Class[]::new));
        for (double[] c : combos) {
            out.add(make.newInstance(java.util.Arrays.stream(c).boxed().toArray()));
        }
        return out;
    }

    private static double[] values(String key, double fallback) {
        String v = System.getProperty("grid." + key);
        if (v == null) {
            return new double[] {fallback};
        }
        return java.util.Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
