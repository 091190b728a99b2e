package org.crosscheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.ingest.FeedDocuments;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.WarcFileReader;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Measures reading web archives: builds a gzipped WARC from a folder of saved pages ({@code .html} or
 * {@code .html.gz}, e.g. {@code ../shared/eval/aeb/html}) repeated {@code --copies} times, then reads it
 * with {@link WarcFileReader} and reports pages per second and the heap in use as reading goes on (run it
 * with a heap smaller than the archive to see that reading streams). With {@code --clean} every page is also
 * cleaned (main-text extraction), which is what {@code analyze} does next.
 *
 * <pre>
 * java -Xmx64m -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.WarcReadBenchmark \
 *     [--copies N] [--clean] ../shared/eval/aeb/html
 * </pre>
 */
public final class WarcReadBenchmark {

    private WarcReadBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code [--copies N] [--clean] FOLDER}
     * @throws IOException when the archive cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int copies = 20;
        boolean clean = false;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--clean" -> clean = true;
                default -> folder = Path.of(args[i]);
            }
        }
        if (folder == null) {
            System.err.println("usage: WarcReadBenchmark [--copies N] [--clean] FOLDER");
            System.exit(2);
        }
        Path warc = Files.createTempFile("crosscheck-bench", ".warc.gz");
        try {
            long raw = build(folder, copies, warc);
            System.out.printf(Locale.ROOT, "archive: %,d records, %,d bytes of pages, %,d bytes gzipped; max heap %,d MB%n",
                    count(folder) * copies, raw, Files.size(warc), Runtime.getRuntime().maxMemory() >> 20);
            read(warc, clean);
        } finally {
            Files.deleteIfExists(warc);
        }
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted()
                    .toList();
        }
    }

    private static int count(Path folder) throws IOException {
        return pages(folder).size();
    }

    private static long build(Path folder, int copies, Path warc) throws IOException {
        long raw = 0;
        List<Path> pages = pages(folder);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int c = 0; c < copies; c++) {
                for (Path page : pages) {
                    byte[] body = load(page);
                    raw += body.length;
                    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, body).build();
                    String name = page.getFileName().toString().replace(".html.gz", "").replace(".html", "");
                    writer.write(new WarcResponse.Builder(URI.create("https://bench.example/" + c + "/" + name))
                            .date(Instant.parse("2026-11-25T00:00:00Z")).body(http).build());
                }
            }
        }
        return raw;
    }

    private static byte[] load(Path page) throws IOException {
        try (InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(page))
                : Files.newInputStream(page)) {
            return in.readAllBytes();
        }
    }

    private static void read(Path warc, boolean clean) {
        ArticleCleaner cleaner = clean ? ArticleCleaner.standard() : null;
        long[] pages = {0, 0, 0};
        long maxHeap = 0;
        List<String> samples = new ArrayList<>();
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                pages[0]++;
                pages[1] += document.content().length();
                if (cleaner != null) {
                    pages[2] += cleaner.clean(document, "a").text().length();
                }
            }

            @Override
            public void error(SourceError error) {
                System.err.println("error: " + error.source() + ": " + error.message());
            }
        };
        WarcFileReader reader = new WarcFileReader(64L << 20, new FeedDocuments(null));
        long[] heap = {0};
        DocumentSink sampling = new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                sink.document(document);
                long used = rt.totalMemory() - rt.freeMemory();
                heap[0] = Math.max(heap[0], used);
                if (pages[0] % 500 == 0) {
                    samples.add(String.format(Locale.ROOT, "%,d pages: %,d MB", pages[0], used >> 20));
                }
            }

            @Override
            public void error(SourceError error) {
                sink.error(error);
            }
        };
        try {
            reader.read(warc, warc.toString(), sampling);
        } catch (InputException e) {
            System.err.println("error: " + e.getMessage());
        }
        maxHeap = heap[0];
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "read%s: %,d pages in %.2f s = %.0f pages/s (%,d characters decoded%s)%n",
                clean ? " + clean" : "", pages[0], seconds, pages[0] / seconds, pages[1],
                clean ? String.format(Locale.ROOT, ", %,d characters of clean text", pages[2]) : "");
        System.out.printf(Locale.ROOT, "heap in use while reading (sampled): %s; highest %,d MB%n",
                String.join(", ", samples), maxHeap >> 20);
    }
}
