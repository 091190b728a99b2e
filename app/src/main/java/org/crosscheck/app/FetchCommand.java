package org.crosscheck.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.fetch.FetchArchive;
import org.crosscheck.app.fetch.FetchSettings;
import org.crosscheck.app.fetch.HttpFetcher;
import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.ingest.UrlReader;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosscheck fetch URL... | --list FILE --out DIR}: fetch pages and feeds politely into a WARC archive
 * that {@code analyze} reads offline.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch web pages and RSS/Atom feeds (with the pages of entries that carry only a summary) "
                + "politely into DIR/fetch-<time>.warc.gz; then `crosscheck analyze DIR --out ...` reads them offline.",
            "Politeness: robots.txt is obeyed (agent 'crosscheck'), one request per host per --delay (or the "
                + "host's Crawl-delay, up to 30 s), at most 2 at a time per host; redirects followed (loops refused); "
                + "retries with backoff on 429/5xx; pages over --max-page-size refused; ETag/Last-Modified "
                + "remembered in DIR/.fetch-state.json so a second run asks only for what changed.",
            "Exit codes: 0 all URLs fetched; 1 some failed (listed); 2 usage error; 3 the tool failed."})
final class FetchCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Parameters(arity = "0..*", paramLabel = "URL", description = "Pages or feeds to fetch.")
    private List<String> urls = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE", description = "A file of URLs, one a line (# starts a comment).")
    private Path list;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--delay", paramLabel = "MILLIS", defaultValue = "1000",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    private long delayMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest wait for one response (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--max-page-size", paramLabel = "BYTES", defaultValue = "" + (5L << 20),
            description = "Largest page read (default: ${DEFAULT-VALUE}).")
    private long maxPageSize;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries after 429, 5xx or a connection failure (default: ${DEFAULT-VALUE}).")
    private int retries;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4",
            description = "URLs fetched at once across hosts (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> all = targets();
        if (Files.isRegularFile(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        Files.createDirectories(out);
        FetchSettings settings = FetchSettings.defaults(Crosscheck.version())
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds))
                .withMaxBytes(maxPageSize).withHostLimits(Duration.ofMillis(delayMillis), 2)
                .withRetries(retries, Duration.ofSeconds(1));
        FetchArchive archive = new FetchArchive(out.resolve("fetch-" + STAMP.format(Instant.now()) + ".warc.gz"),
                "Crosscheck " + Crosscheck.version());
        Tally tally = new Tally(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
        try (HttpFetcher web = HttpFetcher.remembering(settings, archive, out.resolve(".fetch-state.json"))) {
            fetchAll(all, new UrlReader(web), tally);
        }
        tally.summary(all.size(), archive);
        return tally.failed.get() == 0 ? 0 : 1;
    }

    private List<String> targets() throws IOException {
        List<String> all = new ArrayList<>(urls);
        if (list != null) {
            if (!Files.isRegularFile(list)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--list " + list + ": no such file");
            }
            for (String line : Files.readAllLines(list)) {
                String url = line.strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    all.add(url);
                }
            }
        }
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one URL or --list FILE");
        }
        for (String url : all) {
            if (!UrlReader.isUrl(url)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not an http or https URL: " + url);
            }
        }
        return all;
    }

    private void fetchAll(List<String> all, UrlReader reader, Tally tally) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, all.size())));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (String url : all) {
                jobs.add(pool.submit(() -> reader.read(url, tally)));
            }
            for (int i = 0; i < jobs.size(); i++) {
                try {
                    jobs.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    RuntimeException fault = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                    tally.error(SourceError.fault(all.get(i), "could not be fetched", fault));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts and prints what the reader gives: a line per page, an error line per failure. */
    private static final class Tally implements DocumentSink {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean quiet;
        final AtomicInteger documents = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();

        Tally(PrintWriter out, PrintWriter err, boolean quiet) {
            this.out = out;
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public synchronized void document(RawDocument document) {
            documents.incrementAndGet();
            if (!quiet) {
                out.println("fetched: " + document.source() + (document.hints().url() != null
                        && !document.hints().url().equals(document.source()) ? " (" + document.hints().url() + ")" : ""));
            }
        }

        @Override
        public synchronized void error(SourceError error) {
            failed.incrementAndGet();
            err.println(ConsoleText.errorLine(error));
        }

        @Override
        public synchronized void note(String source, String message) {
            unchanged.incrementAndGet();
            if (!quiet) {
                out.println("note: " + ConsoleText.line(source + ": " + message));
            }
        }

        synchronized void summary(int urls, FetchArchive archive) {
            out.printf("%d URL%s: %d article%s, %d not modified, %d failed%n", urls, urls == 1 ? "" : "s",
                    documents.get(), documents.get() == 1 ? "" : "s", unchanged.get(), failed.get());
            if (archive.responses() > 0) {
                out.println("Archive: " + archive.file() + " (" + archive.responses() + " responses)");
                out.println("Analyse: ./crosscheck analyze " + archive.file().getParent() + " --out DIR");
            }
            out.flush();
            err.flush();
        }
    }
}
