package org.crosscheck.app.store;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Removal;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/** Small hand-built dossiers for store, search and web tests (fictional text, offsets computed). */
public final class TestDossiers {

    /** A payload that must never run or break out of its element. */
    public static final String HOSTILE = "<script>window.pwned=1</script>\"><img src=x onerror=\"window.pwned=2\">"
            + " javascript:alert(1) ' onmouseover='x";

    /** The tool of test dossiers. */
    public static final Dossier.Tool TOOL = new Dossier.Tool("crosscheck", "test");

    private TestDossiers() {
    }

    /** Returns a dossier of three articles on one event, one of them hostile, with a comparison and a copy. */
    public static Dossier small() {
        String t1 = "Floods hit the river town of Ostrava Nova on Monday. At least 12 people were killed, "
                + "Mayor Lina Hart said. \"We need boats,\" Hart said.";
        String t2 = "Mayor Lina Hart said 14 people died in the floods in Ostrava Nova. Rescuers searched "
                + "for dozens of missing residents.";
        String t3 = "Hostile text " + HOSTILE + " ends here. About 12 people were killed.";
        List<Article> articles = List.of(
                article("a1", "in/one.txt", "The River Post", "Floods kill 12 in Ostrava Nova", "2026-11-02", t1),
                article("a2", "in/two.html", "Daily Ledger", "Death toll rises to 14", "2026-11-03", t2),
                article("a3", "in/" + HOSTILE + ".txt", "Evil " + HOSTILE, "Title " + HOSTILE, "2026-11-04", t3));
        Entity hart = new Entity("e1", "PERSON", "Lina Hart", List.of("Hart"), List.of(
                mention("a1", t1, "Lina Hart"), mention("a1", t1, "Hart said."), mention("a2", t2, "Lina Hart")));
        Entity town = new Entity("e2", "LOCATION", "Ostrava Nova", List.of(), List.of(
                mention("a1", t1, "Ostrava Nova"), mention("a2", t2, "Ostrava Nova")));
        List<Statement> statements = List.of(
                statement("s1", "a1", t1, "At least 12 people were killed, Mayor Lina Hart said.", "reported",
                        "At least 12 people were killed"),
                statement("s2", "a1", t1, "\"We need boats,\" Hart said.", "direct", "We need boats"),
                statement("s3", "a2", t2, "Mayor Lina Hart said 14 people died in the floods in Ostrava Nova.",
                        "reported", "14 people died in the floods in Ostrava Nova"));
        List<Figure> figures = List.of(
                figure("f1", "a1", t1, "At least 12", 12.0, "at least", "s1"),
                figure("f2", "a2", t2, "14", 14.0, null, "s3"),
                new Figure("f3", "a2", t2.indexOf("dozens"), t2.indexOf("dozens") + 6, "missing", null, 24.0, 99.0,
                        "dozens", null, "residents", null, null, null, null),
                new Figure("f4", "a3", t3.indexOf("About 12"), t3.indexOf("About 12") + 8, "killed", 12.0, null,
                        null, "about", null, "people", null, null, null, null));
        Event event = new Event("ev1", "Floods in Ostrava Nova", List.of("a1", "a2", "a3"), List.of(
                new CitedSentence("Floods hit the river town of Ostrava Nova on Monday.", "a1", 0,
                        "Floods hit the river town of Ostrava Nova on Monday.".length())));
        return new Dossier(Dossier.FORMAT, "2026-11-05T00:00:00Z", TOOL, articles, List.of(hart, town), statements,
                figures, List.of(new Copy("a3", "a1", "rewrite", 0.8)), List.of(event),
                List.of(new Story("st1", "Floods", List.of("ev1"))),
                List.of(new Comparison("c1", "people killed", "killed", List.of("f1", "f2", "f4"), List.of(),
                        "differ", "12 (River Post) vs 14 (Daily Ledger)")),
                List.of(new SourceError("in/broken.html", "not readable")));
    }

    /**
     * Returns a dossier of many synthetic articles, each with many statements, for the crash test.
     *
     * @param first      number of the first article
     * @param count      number of articles
     * @param statements statements per article
     * @return the dossier
     */
    public static Dossier bulk(int first, int count, int statements) {
        List<Article> articles = new ArrayList<>();
        List<Statement> ss = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String sentence = "Officials said the count rose to " + i + ". ";
            String text = sentence.repeat(statements);
            articles.add(article("a" + i, "bulk/" + i + ".txt", "Outlet " + (i % 7), "Article " + i,
                    "2026-10-01", text));
            for (int k = 0; k < statements; k++) {
                int start = k * sentence.length();
                ss.add(new Statement("s" + i + "-" + k, "a" + i, start, start + sentence.length() - 1, "reported",
                        new Speaker(null, "Officials"), "said", "the count rose to " + i));
            }
        }
        return new Dossier(Dossier.FORMAT, "2026-11-05T00:00:00Z", TOOL, articles, List.of(), ss, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Article article(String id, String source, String outlet, String title, String date, String text) {
        return new Article(id, source, outlet, "https://example.org/" + id, title, date, "Reporter", "en", text,
                List.of(new Removal("Subscribe to our newsletter " + HOSTILE, "newsletter box")), List.of(), null,
                List.of(), "2026-11-05T06:00:00Z");
    }

    private static Mention mention(String article, String text, String words) {
        int at = text.indexOf(words);
        String name = words.endsWith(" said.") ? words.substring(0, words.length() - 6) : words;
        return new Mention(article, at, at + name.length(), name);
    }

    private static Statement statement(String id, String article, String text, String words, String mode,
                                       String content) {
        int at = text.indexOf(words);
        return new Statement(id, article, at, at + words.length(), mode, new Speaker("e1", "Lina Hart"), "said",
                content);
    }

    private static Figure figure(String id, String article, String text, String words, Double value, String hedge,
                                 String statement) {
        int at = text.indexOf(words);
        return new Figure(id, article, at, at + words.length(), "killed", value, null, null, hedge, null, "people",
                "Ostrava Nova", "Monday", new Speaker("e1", "Lina Hart"), statement);
    }
}
