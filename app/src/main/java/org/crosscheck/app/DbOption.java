package org.crosscheck.app;

import java.nio.file.Path;
import org.crosscheck.app.store.Store;
import org.crosscheck.model.Dossier;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by the store commands (a picocli mixin). */
final class DbOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file (default: ~/.crosscheck/crosscheck.duckdb).")
    private Path db;

    /** Returns the store file chosen, or the default. */
    Path path() {
        return db == null ? Store.DEFAULT : db;
    }

    /** Returns the tool name and version written into dossiers. */
    static Dossier.Tool tool() {
        return new Dossier.Tool("crosscheck", org.crosscheck.Crosscheck.version());
    }
}
