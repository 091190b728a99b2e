package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.NameKey;
import org.crosscheck.group.Independence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Puts figures and statements side by side across a story's articles. Figures align when they are of
 * one kind and, for counts of people, count the same sort of people ("civilians", "residents" and
 * "people" are one sort; "soldiers" another); areas, forces, munitions and money of a story are related
 * measures of one topic. A figure repeated by a copy of another article is kept out of the verdict: a
 * copy is not a corroboration. Statements align when one speaker (any spelling) says overlapping words
 * in two articles.
 */
public final class CompareStage implements CorpusStage {

    private static final Set<String> PEOPLE = Set.of("people", "person", "persons", "civilians", "civilian",
            "residents", "resident", "inhabitants", "individuals", "villagers", "citizens");
    private static final Set<String> COUNTED_BY_SORT = Set.of("killed", "injured", "missing", "detained", "displaced");
    private static final double SAME_WORDS = 0.5;

    @Override
    public String name() {
        return "comparing";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.FIGURES, Part.STATEMENTS, Part.EVENTS, Part.STORIES, Part.COPIES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.COMPARISONS);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        Map<String, String> storyOf = storyOfArticle(corpus);
        Map<String, String> sourceOf = Independence.sourceOf(corpus.articles(), corpus.copies());
        List<Comparison> out = new ArrayList<>();
        figures(corpus, storyOf, sourceOf, out);
        statements(corpus, storyOf, sourceOf, out);
        return corpus.withComparisons(out);
    }

    private static void figures(Corpus corpus, Map<String, String> storyOf, Map<String, String> sourceOf,
                                List<Comparison> out) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : corpus.figures()) {
            if (!"other".equals(f.kind()) && storyOf.containsKey(f.article())) {
                groups.computeIfAbsent(storyOf.get(f.article()) + "|" + f.kind() + "|" + sort(f), k -> new ArrayList<>())
                        .add(f);
            }
        }
        for (Map.Entry<String, List<Figure>> g : groups.entrySet()) {
            List<Figure> members = g.getValue();
            List<Figure> independent = independent(members, sourceOf);
            List<String> dates = independent.stream().map(f -> corpus.article(f.article()).published()).toList();
            boolean sameMeasure = independent.stream().map(f -> f.unit() == null ? "" : f.unit()).distinct().count() <= 1
                    && independent.stream().map(CompareStage::sort).distinct().count() <= 1
                    && (COUNTED_BY_SORT.contains(members.get(0).kind()) || independent.stream()
                    .map(f -> head(f.counted())).distinct().count() <= 1);
            boolean oneArticle = independent.stream().map(Figure::article).distinct().count() == 1;
            String verdict = Verdicts.judge(independent, dates, sameMeasure && !oneArticle);
            Figure first = members.get(0);
            String topic = first.kind() + (sort(first).isEmpty() ? "" : " (" + sort(first) + ")");
            out.add(new Comparison("c" + (out.size() + 1), topic, first.kind(),
                    members.stream().map(Figure::id).toList(), List.of(), verdict,
                    Notes.forFigures(corpus, members, independent, verdict)));
        }
    }

    private static void statements(Corpus corpus, Map<String, String> storyOf, Map<String, String> sourceOf,
                                   List<Comparison> out) {
        List<Statement> all = corpus.statements().stream().filter(s -> s.speaker() != null).toList();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Statement a = all.get(i);
            if (used.contains(a.id())) {
                continue;
            }
            List<Statement> same = new ArrayList<>(List.of(a));
            for (int j = i + 1; j < all.size(); j++) {
                Statement b = all.get(j);
                if (!b.article().equals(a.article()) && !used.contains(b.id()) && sameSpeaker(a, b)
                        && storyOf.getOrDefault(a.article(), "").equals(storyOf.getOrDefault(b.article(), "-"))
                        && overlap(a.content(), b.content()) >= SAME_WORDS) {
                    same.add(b);
                }
            }
            if (same.size() > 1) {
                same.forEach(s -> used.add(s.id()));
                long sources = same.stream().map(s -> sourceOf.get(s.article())).distinct().count();
                String verdict = sources > 1 ? "agree" : "single";
                out.add(new Comparison("c" + (out.size() + 1), "what " + a.speaker().text() + " said", "statement",
                        List.of(), same.stream().map(Statement::id).toList(), verdict,
                        Notes.forStatements(corpus, same, sources)));
            }
        }
    }

    private static boolean sameSpeaker(Statement a, Statement b) {
        if (a.speaker().entity() != null && b.speaker().entity() != null) {
            return a.speaker().entity().equals(b.speaker().entity());
        }
        return a.speaker().text() != null && b.speaker().text() != null
                && sameName(a.speaker().text(), b.speaker().text());
    }

    /** Two spellings of one name: surnames alike and, when both are given, first names alike. */
    static boolean sameName(String a, String b) {
        String[] wa = a.strip().split("\\s+");
        String[] wb = b.strip().split("\\s+");
        boolean last = NameKey.sameName(wa[wa.length - 1], wb[wb.length - 1]);
        return last && (wa.length < 2 || wb.length < 2 || NameKey.sameName(wa[0], wb[0]));
    }

    /** Share of the shorter content's words found in the longer. */
    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    /** The sort of thing a casualty-like figure counts: "people" for any plain word for people. */
    static String sort(Figure f) {
        if (!COUNTED_BY_SORT.contains(f.kind())) {
            return "";
        }
        String head = head(f.counted());
        return head.isEmpty() || PEOPLE.contains(head) ? "people" : head;
    }

    /** The last noun-like word of a counted phrase, participles left out ("Russian civilians killed" → civilians). */
    static String head(String counted) {
        if (counted == null) {
            return "";
        }
        String[] words = counted.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].endsWith("ed") && !words[i].endsWith("ing")) {
                return words[i];
            }
        }
        return "";
    }

    /** Figures without those whose article copies another member's article (same source). */
    private static List<Figure> independent(List<Figure> figures, Map<String, String> sourceOf) {
        Map<String, Figure> bySourceAndValue = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = sourceOf.getOrDefault(f.article(), f.article()) + "|" + f.value() + "|" + f.low() + "|" + f.high();
            bySourceAndValue.putIfAbsent(key, f);
        }
        return new ArrayList<>(bySourceAndValue.values());
    }

    private static Map<String, String> storyOfArticle(Corpus corpus) {
        Map<String, String> eventStory = new HashMap<>();
        for (Story s : corpus.stories()) {
            s.events().forEach(e -> eventStory.put(e, s.id()));
        }
        Map<String, String> out = new HashMap<>();
        for (Event e : corpus.events()) {
            e.articles().forEach(a -> out.put(a, eventStory.getOrDefault(e.id(), e.id())));
        }
        return out;
    }
}
