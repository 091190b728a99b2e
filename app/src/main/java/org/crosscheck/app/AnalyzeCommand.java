package org.crosscheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.fetch.FetchArchive;
import org.crosscheck.app.fetch.FetchSettings;
import org.crosscheck.app.fetch.HttpFetcher;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.pipeline.Budgets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck analyze PATH... --out DIR}: analyse files and folders into a dossier. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse news articles (files and folders, recursively: .txt, .jsonl/.json, .html, RSS/Atom "
                + "feeds .rss/.atom/.xml, web archives .warc/.warc.gz; and http(s) URLs of pages or feeds) and write "
                + "dossier.json, dossier.md and dossier.html into the output folder.",
            "URLs, and the pages of feed entries that carry only a summary, are fetched politely (see `crosscheck "
                + "fetch --help`) and archived in DIR/fetched.warc.gz, which `analyze` reads again offline.",
            "Exit codes: 0 all inputs read; 1 some inputs could not be read (listed, the rest analysed); "
                + "2 usage error; 3 the tool failed."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or http(s) URLs to analyse.")
    private List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--force", description = "Write into the output folder even if it is not empty.")
    private boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Show no progress.")
    private boolean quiet;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + Ingestor.DEFAULT_MAX_BYTES,
            description = "Largest input file read, in bytes (default: ${DEFAULT-VALUE}).")
    private long maxFileSize;

    @Option(names = "--max-article-chars", paramLabel = "CHARS",
            defaultValue = "" + Budgets.DEFAULT_MAX_ANNOTATED_CHARS,
            description = "Most characters of one article's clean text that are analysed; the rest stays in the "
                    + "text, unanalysed, with a warning on the article (default: ${DEFAULT-VALUE}).")
    private int maxArticleChars;

    @Option(names = "--article-seconds", paramLabel = "SECONDS",
            defaultValue = "" + Budgets.DEFAULT_PER_ARTICLE_SECONDS,
            description = "Time annotating one article may take before it stops (the rest unanalysed, with a "
                    + "warning), and each extraction stage before it is reported (default: ${DEFAULT-VALUE}).")
    private int articleSeconds;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Also add the results to this store (browse with `crosscheck serve --db PATH`).")
    private Path db;

    @Option(names = "--store", description = "Also add the results to the default store "
            + "(~/.crosscheck/crosscheck.duckdb).")
    private boolean store;

    @Option(names = "--offline", description = "Fetch nothing: URL inputs and feed entries with only a summary "
            + "are reported as errors.")
    private boolean offline;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String problem = AnalysisRun.checkOutput(out, force);
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        Path storeFile = db != null ? db : store ? org.crosscheck.app.store.Store.DEFAULT : null;
        if (maxArticleChars <= 0 || articleSeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-article-chars and --article-seconds must be positive");
        }
        Budgets budgets = new Budgets(maxArticleChars, java.time.Duration.ofSeconds(articleSeconds));
        if (offline) {
            return new AnalysisRun(spec).within(budgets).run(inputs, out, maxFileSize, ConsoleProgress.forConsole(quiet), storeFile,
                    false);
        }
        FetchArchive archive = new FetchArchive(out.resolve("fetched.warc.gz"), "Crosscheck " + Crosscheck.version());
        try (HttpFetcher web = HttpFetcher.create(FetchSettings.defaults(Crosscheck.version()), archive)) {
            int code = new AnalysisRun(spec).fetching(web).within(budgets).run(inputs, out, maxFileSize,
                    ConsoleProgress.forConsole(quiet), storeFile, false);
            if (archive.responses() > 0) {
                spec.commandLine().getOut().println("Fetched pages archived in " + archive.file()
                        + " (analyse it again offline with `crosscheck analyze " + archive.file() + "`)");
            }
            return code;
        }
    }
}
