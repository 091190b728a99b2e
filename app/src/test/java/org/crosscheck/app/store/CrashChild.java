package org.crosscheck.app.store;

import java.nio.file.Path;

/** A child process for {@link StoreCrashTest}: adds articles one by one, telling after each, until killed. */
public final class CrashChild {

    private CrashChild() {
    }

    /**
     * Adds bulk articles to a store forever (or until {@code args[1]} articles).
     *
     * @param args the store path and the number of articles
     */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        try (Store store = Store.open(Path.of(args[0]))) {
            for (int i = 1; i <= n; i++) {
                store.add(TestDossiers.bulk(i, 1, StoreCrashTest.STATEMENTS));
                System.out.println("added " + i);
                System.out.flush();
            }
        }
    }
}
