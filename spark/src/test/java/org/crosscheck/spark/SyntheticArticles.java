package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Article;

/**
 * Articles of a made-up corpus, drawn at random: each reports one of a few happenings (its place, its people and
 * its kind of event, written in sentences), with words every article uses and words only it uses, so that some
 * terms are in most documents, some in one topic's and some in one document's. Every tenth article repeats the one
 * before it from another outlet. Every tenth but five credits the agency: it quotes the agency's last article or,
 * every other time, retells its first sentence too (a credited rewrite).
 */
final class SyntheticArticles {

    private static final String[][] TOPICS = {
        {"Kerrin", "dam", "flood", "governor Anna Keller", "evacuated"},
        {"Tarvo", "market", "fire", "mayor Ines Moreau", "destroyed"},
        {"Velmora", "ministry", "strike", "minister Petro Hrytsenko", "condemned"},
        {"Kessel", "bridge", "collapse", "engineer Maria Lindqvist", "inspected"},
        {"Odesa", "port", "blockade", "captain Oleksiy Kovalenko", "reopened"},
    };
    private static final String[] COMMON = {"officials", "said", "people", "city", "Sunday", "reported", "police",
        "residents", "government", "statement", "local", "morning"};
    private static final String[] WITNESSES = {"farmer Jonas Petrik", "teacher Lea Vantor", "nurse Omar Sadiq"};
    private static final String[] OUTLETS = {"Daily", "Agency", "Weekly", "Herald"};

    private SyntheticArticles() {
    }

    /**
     * Makes a corpus.
     *
     * @param seed the random seed
     * @param n    how many articles
     * @return the articles, ids {@code a1…} in corpus order
     */
    static List<Article> corpus(long seed, int n) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (i % 10 == 0) {
                // every tenth article is the one before it again from another outlet: a wire copy
                Article before = out.get(out.size() - 1);
                out.add(new Article("a" + i, "synthetic-" + seed + ".jsonl#" + i, "Copydesk", null, before.title(),
                        before.published(), null, "en", before.text(), List.of(), List.of(), null, List.of()));
                continue;
            }
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            String credit = i % 10 == 5 ? credit(out, i % 20 == 5, topic[2] + " in " + topic[0]) : "";
            // two happenings of one kind at each place, years apart, told by other people
            boolean later = random.nextBoolean();
            StringBuilder text = new StringBuilder();
            // a quoting article says little of its own: its credit, and words only it uses
            int sentences = i % 20 == 15 && !credit.isEmpty() ? 0 : 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append("The ").append(topic[1 + random.nextInt(2)]).append(" in ").append(topic[0]).append(' ')
                        .append(random.nextBoolean() ? topic[4] : COMMON[random.nextInt(COMMON.length)])
                        .append(" many ").append(COMMON[random.nextInt(COMMON.length)]).append(", ")
                        .append(later ? topic[3] : WITNESSES[random.nextInt(WITNESSES.length)])
                        .append(" said in ").append(later ? "2024" : "2011").append(" of word")
                        .append(i).append("x").append(s).append(". ");
            }
            out.add(new Article("a" + i, "synthetic-" + seed + ".jsonl#" + i, OUTLETS[random.nextInt(OUTLETS.length)],
                    null, topic[2] + " in " + topic[0], "2026-03-0" + (1 + random.nextInt(9)), null, "en",
                    (credit + text).trim(), List.of(), List.of(), null, List.of()));
        }
        return out;
    }

    /**
     * The opening of an article crediting the agency: it retells the first sentence of the agency's last article
     * (a credited rewrite), or names three of the words of its last article on another happening and nothing else
     * it shares with any article (a quote).
     */
    private static String credit(List<Article> before, boolean retold, String title) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Article a = before.get(k);
            if ("Agency".equals(a.outlet()) && (retold || !a.title().equals(title))) {
                String first = a.text().substring(0, a.text().indexOf(". "));
                String id = a.id().substring(1);
                return retold ? first + ", according to Agency. "
                        : "Word" + id + "x0, word" + id + "x1 and word" + id + "x2, according to Agency. Readers"
                        + " asked many about word" + before.size() + "z.";
            }
        }
        return "";
    }
}
