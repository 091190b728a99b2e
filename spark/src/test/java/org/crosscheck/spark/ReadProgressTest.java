package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.crosscheck.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import scala.Option;
import scala.Tuple2;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/** The read step counts the records of a WARC archive, and the driver hears the count as the job goes. */
class ReadProgressTest {

    private static final int PAGES = 3;

    @TempDir
    Path dir;

    @Test
    void countsEveryRecordOfAnArchiveOnce() throws IOException, java.util.concurrent.TimeoutException {
        Path archive = dir.resolve("crawl.warc.gz");
        writeArchive(archive, PAGES);
        SparkContext sc = LocalSpark.session().sparkContext();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ReadProgress progress = ReadProgress.register(sc, new PrintStream(lines, true, StandardCharsets.UTF_8));
        try {
            HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
            List<InputFile> files = new InputListing(conf).list(List.of(archive.toString()), new ArrayList<>());
            long read = JavaSparkContext.fromSparkContext(sc).parallelize(files, 1)
                    .mapPartitions(new ReadStep(conf, Ingestor.DEFAULT_MAX_BYTES, progress.counter()))
                    .filter(r -> r.article() != null).count();
            assertThat(read).isEqualTo(PAGES);
            assertThat(progress.finish()).isEqualTo(PAGES);
            sc.listenerBus().waitUntilEmpty(10_000);
            assertThat(progress.heard()).isEqualTo(PAGES); // the ended task's count, once
        } finally {
            sc.removeSparkListener(progress);
        }
        String printed = lines.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines().reduce((a, b) -> b)).hasValue(PAGES + " records read");
    }

    @Test
    void aRunningTaskIsHeardFromItsHeartbeatAndCountedOnceWhenItEnds() {
        SparkContext sc = LocalSpark.session().sparkContext();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ReadProgress progress = ReadProgress.register(sc, new PrintStream(lines, true, StandardCharsets.UTF_8));
        sc.removeSparkListener(progress); // fed by hand below, not by the context's tasks
        progress.onExecutorMetricsUpdate(heartbeat(progress, 7L, 41));
        assertThat(progress.heard()).isEqualTo(41);
        progress.onExecutorMetricsUpdate(heartbeat(progress, 7L, 950));
        assertThat(progress.heard()).isEqualTo(950);
        assertThat(lines.toString(StandardCharsets.UTF_8)).contains("41 records read").contains("950 records read");
    }

    /** A heartbeat saying that task {@code task} has read {@code records} so far. */
    private static SparkListenerExecutorMetricsUpdate heartbeat(ReadProgress progress, long task, long records) {
        AccumulableInfo info = progress.counter().toInfo(Option.apply(records), Option.empty());
        Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> update =
                new Tuple4<>(task, 0, 0, CollectionConverters.asScala(List.of(info)).toSeq());
        return new SparkListenerExecutorMetricsUpdate("driver", CollectionConverters.asScala(List.of(update)).toSeq(),
                CollectionConverters.asScala(new java.util.HashMap<Tuple2<Object, Object>, ExecutorMetrics>()));
    }

    private static void writeArchive(Path file, int pages) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 1; i <= pages; i++) {
                String page = "<html><head><title>Bridge " + i + "</title></head><body><p>Bridge number " + i
                        + " over the Velm river reopened on Monday after repairs, officials said.</p></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; "
                        + "charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder(URI.create("https://news.example/bridge-" + i))
                        .date(Instant.parse("2026-11-20T10:00:00Z")).body(http).build());
            }
        }
    }
}
