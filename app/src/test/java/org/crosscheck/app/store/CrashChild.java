package org.crosscheck.app.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;

/**
 * A child process for {@link StoreCrashTest}: adds articles one by one, telling after each, until killed;
 * or (mode {@code regroup}) adds articles once and then replaces the store's groups round after round.
 */
public final class CrashChild {

    /** Events written in each regrouping round. */
    static final int EVENTS = 3000;

    private CrashChild() {
    }

    /**
     * Writes to a store until killed.
     *
     * @param args the store path, the number of articles, and optionally {@code regroup}
     */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        try (Store store = Store.open(Path.of(args[0]))) {
            if (args.length > 2 && args[2].equals("regroup")) {
                regroup(store, n);
                return;
            }
            for (int i = 1; i <= n; i++) {
                store.add(TestDossiers.bulk(i, 1, StoreCrashTest.STATEMENTS));
                say("added " + i);
            }
        }
    }

    private static void regroup(Store store, int articles) {
        store.addArticles(TestDossiers.bulk(1, articles, 2), Map.of());
        Corpus corpus = store.corpus();
        say("articles stored");
        for (int round = 1; ; round++) {
            store.replaceGroups(corpus.withEvents(events(corpus, round)));
            say("replaced " + round);
        }
    }

    /** Events of one round: every event titled with the round, each holding two articles. */
    static List<Event> events(Corpus corpus, int round) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String a = corpus.articles().get(i % corpus.articles().size()).id();
            String b = corpus.articles().get((i + round) % corpus.articles().size()).id();
            out.add(new Event("ev" + (i + 1), "round " + round, List.of(a, b), List.of()));
        }
        return out;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
