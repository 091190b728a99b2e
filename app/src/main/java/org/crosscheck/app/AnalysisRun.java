package org.crosscheck.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.Crosscheck;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.ingest.WebClient;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierFiles;
import org.crosscheck.report.Summary;
import picocli.CommandLine;

/** Runs an analysis for a command: pipeline, dossier files, the summary table and the error list. */
final class AnalysisRun {

    private final PrintWriter out;
    private final PrintWriter err;
    private WebClient web;
    private Budgets budgets = Budgets.DEFAULT;

    AnalysisRun(CommandLine.Model.CommandSpec spec) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
    }

    /**
     * Lets the run fetch URL inputs and the pages of feed entries that carry only a summary.
     *
     * @param client fetches pages; null to fetch nothing
     * @return this run
     */
    AnalysisRun fetching(WebClient client) {
        this.web = client;
        return this;
    }

    /**
     * Sets what one article may cost: the text annotated and the time annotating and extracting it may take.
     *
     * @param limits the budgets per article
     * @return this run
     */
    AnalysisRun within(Budgets limits) {
        this.budgets = limits;
        return this;
    }

    /**
     * Checks that an output folder may be written.
     *
     * @param folder the folder
     * @param force  true to allow writing over an existing non-empty folder
     * @return a usage problem in words, or null when the folder may be written
     */
    static String checkOutput(Path folder, boolean force) {
        if (Files.isRegularFile(folder)) {
            return "--out " + folder + " is a file, not a folder";
        }
        if (!force && Files.isDirectory(folder) && !isEmpty(folder)) {
            return "output folder " + folder + " exists and is not empty; use --force to write over it";
        }
        return null;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Analyses the inputs and writes the dossier files.
     *
     * @param inputs      files and folders
     * @param folder      the output folder
     * @param maxFileSize largest input file in bytes
     * @param progress    progress listener
     * @return the exit code: 0 when every input was read, 1 when some failed
     * @throws IOException when the dossier cannot be written
     */
    int run(List<String> inputs, Path folder, long maxFileSize, Progress progress) throws IOException {
        return run(inputs, folder, maxFileSize, progress, null, false);
    }

    /**
     * Analyses the inputs, writes the dossier files and adds the dossier to a store.
     *
     * @param inputs      files and folders
     * @param folder      the output folder
     * @param maxFileSize largest input file in bytes
     * @param progress    progress listener
     * @param db          the store file, or null to store nothing
     * @param replace     true to empty the store first
     * @return the exit code: 0 when every input was read, 1 when some failed
     * @throws IOException when the dossier cannot be written
     */
    int run(List<String> inputs, Path folder, long maxFileSize, Progress progress, Path db,
            boolean replace) throws IOException {
        Instant start = Instant.now();
        StoreStep.Outcome outcome = db == null
                ? StoreStep.Outcome.of(Crosscheck.dossier(Crosscheck.pipeline(maxFileSize, MiniLmEmbedder::shared, web, budgets)
                        .run(inputs, progress)))
                : StoreStep.analyze(maxFileSize, inputs, db, replace, progress, out, web, budgets);
        Dossier dossier = outcome.dossier();
        List<Path> files = DossierFiles.write(dossier, folder);
        for (SourceError e : outcome.errors()) {
            err.println(ConsoleText.errorLine(e));
        }
        printSummary(Summary.of(dossier), Duration.between(start, Instant.now()));
        out.println(db == null ? "Dossier written:" : "Dossier of the whole store written:");
        files.forEach(f -> out.println("  " + f));
        if (db != null && !replace) {
            out.println("Browse: ./crosscheck serve --db " + db);
        }
        out.flush();
        err.flush();
        return outcome.errors().isEmpty() ? 0 : 1;
    }

    private void printSummary(Summary s, Duration took) {
        String[][] rows = {
            {"articles", String.valueOf(s.articles())}, {"outlets", String.valueOf(s.outlets())},
            {"events", String.valueOf(s.events())}, {"stories", String.valueOf(s.stories())},
            {"statements", String.valueOf(s.statements())}, {"figures", String.valueOf(s.figures())},
            {"conflicts found", String.valueOf(s.conflicts())}, {"copies", String.valueOf(s.copies())},
            {"inputs failed", String.valueOf(s.errors())}, {"time", ConsoleProgress.seconds(took)},
        };
        out.println();
        out.println("+-----------------+----------+");
        for (String[] row : rows) {
            out.printf("| %-15s | %8s |%n", row[0], row[1]);
        }
        out.println("+-----------------+----------+");
    }
}
