package org.crosscheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.group.GroupStage;
import org.crosscheck.group.Replicas;
import org.crosscheck.model.Article;
import org.crosscheck.pipeline.HeapPeak;
import org.crosscheck.model.Entity;
import scala.Tuple2;

/**
 * Times the job's grouping steps alone ({@link GroupingSteps}) on synthetic corpora of any size: replicas of a
 * JSON Lines corpus's articles ({@link Replicas}, as {@code GroupingScaleBenchmark} makes them), each with its
 * base article's sentence vectors turned for its replica ({@link Replicas#vectors}; embedded once, before the runs:
 * annotation is not timed, and a replica's sentences are its base's with tagged words). The replicas are made on the executors from a broadcast base, so
 * the driver never holds the corpus. For each size and master: seconds, milliseconds per article, shuffle bytes
 * written, the JVM's peak used heap (in local mode the one JVM is driver and executor), events and stories; and
 * each step's cost ({@link StageMetrics}). It lives beside {@link JobBenchmark}, for the same reason (Spark's
 * Jackson).
 *
 * <pre>
 * CROSSCHECK_SPARK_MAIN=org.crosscheck.spark.GroupingJobBenchmark CROSSCHECK_SPARK_JAVA_OPTS=-Xmx6g \
 *     ./crosscheck-spark [--cores 1,2] [--partitions 8] [--vectors /tmp/ecb.vectors] \
 *     ../shared/eval/ecbplus/documents.jsonl 10000,20000
 * </pre>
 * {@code --vectors} keeps the base's vectors in a file between runs (written by the first, read by the next).
 */
public final class GroupingJobBenchmark {

    private GroupingJobBenchmark() {
    }

    /** The base corpus: its articles and their sentence vectors, in order. */
    private record Base(List<Article> articles, List<List<float[]>> vectors) implements Serializable {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code [--cores 1,2] [--partitions N] [--vectors FILE] DOCUMENTS.jsonl SIZE[,SIZE...]}
     * @throws IOException when the corpus cannot be read
     * @throws InterruptedException when the heap sampler is interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        List<Integer> cores = List.of(1, 2);
        int parts = 8;
        Path vectorFile = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cores" -> cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--partitions" -> parts = Integer.parseInt(args[++i]);
                case "--vectors" -> vectorFile = Path.of(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() != 2) {
            System.err.println("usage: GroupingJobBenchmark [--cores 1,2] [--partitions N] [--vectors FILE] DOCUMENTS.jsonl"
                    + " SIZES");
            System.exit(2);
        }
        long t = System.nanoTime();
        Base base = base(Path.of(rest.get(0)), vectorFile);
        System.out.printf(Locale.ROOT, "base: %d articles, embedded in %.1f s (not timed below)%n",
                base.articles().size(), (System.nanoTime() - t) / 1e9);
        List<String> rows = new ArrayList<>();
        for (String size : rest.get(1).split(",")) {
            for (int c : cores) {
                rows.add(run(base, Integer.parseInt(size), c, parts));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println("\n| articles | master | s | ms/article | shuffle written MB | peak heap MiB | events | stories |"
                + "\n|---:|---|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    /**
     * Reads the JSON Lines corpus (id and text) and embeds each article's sentences as grouping embeds them, or
     * reads their vectors from the given file when an earlier run wrote it (then writes them there).
     */
    private static Base base(Path file, Path vectorFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        List<List<float[]>> vectors = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            Article a = new Article(n.path("id").asText(), file.getFileName() + "#" + n.path("id").asText(), null,
                    null, null, null, null, "en", n.path("text").asText(), List.of(), List.of(), null, List.of());
            articles.add(a);
        }
        if (vectorFile != null && Files.exists(vectorFile)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(vectorFile)))) {
                for (int k = 0; k < articles.size(); k++) {
                    List<float[]> own = new ArrayList<>();
                    for (int n = in.readInt(); n > 0; n--) {
                        float[] v = new float[in.readInt()];
                        for (int d = 0; d < v.length; d++) {
                            v[d] = in.readFloat();
                        }
                        own.add(v);
                    }
                    vectors.add(own);
                }
            }
            return new Base(articles, vectors);
        }
        articles.forEach(a -> vectors.add(Models.embedder().embed(GroupStage.embeddedSentences(a))));
        if (vectorFile != null) {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(vectorFile)))) {
                for (List<float[]> own : vectors) {
                    out.writeInt(own.size());
                    for (float[] v : own) {
                        out.writeInt(v.length);
                        for (float f : v) {
                            out.writeFloat(f);
                        }
                    }
                }
            }
        }
        return new Base(articles, vectors);
    }

    private static String run(Base base, int size, int cores, int parts) throws InterruptedException {
        SparkSession spark = SparkSession.builder().appName("crosscheck-grouping-bench").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false").getOrCreate();
        StageMetrics metrics = new StageMetrics();
        spark.sparkContext().addSparkListener(metrics);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Runnable> cached = new ArrayList<>();
        try {
            ArticlePartitioner byArticle = new ArticlePartitioner(parts);
            jsc.setCallSite("synthetic corpus");
            JavaPairRDD<String, Extracted> extracted = corpus(jsc, jsc.broadcast(base), size, parts)
                    .partitionBy(byArticle).persist(StorageLevel.MEMORY_AND_DISK_SER());
            cached.add(extracted::unpersist);
            extracted.count();
            System.gc();
            HeapPeak heap = HeapPeak.begin();
            long t = System.nanoTime();
            GroupingSteps.Grouping g = new GroupingSteps(jsc, parts, byArticle).group(extracted,
                    jsc.<Entity>emptyRDD(), cached);
            long events = g.events().count();
            long stories = g.stories().count();
            double seconds = (System.nanoTime() - t) / 1e9;
            long peak = heap.end();
            String table = metrics.table();
            System.out.printf(Locale.ROOT, "%n%,d articles, local[%d]: %.1f s%n%s", size, cores, seconds, table);
            return String.format(Locale.ROOT, "| %,d | local[%d] | %.1f | %.2f | %.1f | %,d | %,d | %,d |", size, cores,
                    seconds, seconds * 1000 / size, metrics.groupingShuffleBytes() / 1e6, peak >> 20, events, stories);
        } finally {
            jsc.clearCallSite();
            cached.forEach(Runnable::run);
            spark.stop();
        }
    }

    /** The replicas, made on the executors: article k is replica k / base size of base article k % base size. */
    private static JavaPairRDD<String, Extracted> corpus(JavaSparkContext jsc, Broadcast<Base> base, int size,
                                                         int parts) {
        return jsc.parallelize(LongStream.range(0, size).boxed().toList(), parts).mapToPair(k -> {
            Base b = base.value();
            int i = (int) (k % b.articles().size());
            int r = (int) (k / b.articles().size());
            Article a = Replicas.replica(b.articles().get(i), r, "a" + (k + 1));
            return new Tuple2<>(a.id(), new Extracted(a, new Ordinal(k, 0), "h" + k, List.of(), List.of(),
                    Replicas.vectors(b.vectors().get(i), r), List.of()));
        });
    }
}
