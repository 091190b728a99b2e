package org.crosscheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.app.search.IndexedStore;
import org.crosscheck.app.store.AddReport;
import org.crosscheck.app.store.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crosscheck import PATH...}: adds dossier.json files or Parquet exports to the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add dossier.json files or Parquet export folders to the store (already stored articles "
                + "are skipped).")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "dossier.json files or Parquet folders.")
    private List<Path> inputs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int failed = 0;
        // the index is opened with the store so that it follows every write
        try (IndexedStore opened = IndexedStore.open(db.path())) {
            Importer importer = new Importer(opened.store());
            for (Path input : inputs) {
                try {
                    AddReport r = importer.importFrom(input, DbOption.tool());
                    spec.commandLine().getOut().printf("%s: %d added, %d already stored%n", input,
                            r.added().size(), r.skipped().size());
                } catch (java.io.IOException | RuntimeException e) {
                    spec.commandLine().getErr().println("error: " + ConsoleText.line(input + ": " + e.getMessage()));
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
