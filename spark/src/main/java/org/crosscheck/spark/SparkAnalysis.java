package org.crosscheck.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.SourceError;
import scala.Tuple2;

/**
 * Wires the job's steps. What runs where:
 * <ol>
 *   <li>driver: the input listing (names only, {@link InputListing});</li>
 *   <li>executors, per partition of files: ingest and clean ({@link ReadStep}), each record counted for the
 *   driver's "N records read" ({@link ReadProgress});</li>
 *   <li>shuffle by outlet key, executors per outlet: outlet naming and furniture ({@link OutletStep});</li>
 *   <li>a distributed sort by corpus order: articles numbered {@code a1, a2, …} as core numbers them;</li>
 *   <li>shuffle by article id, executors per partition: annotation, names, sentence vectors
 *   ({@link AnnotateStep});</li>
 *   <li>shuffles by core's block keys, connected components across blocks: entity resolution over the names
 *   ({@link EntityStep});</li>
 *   <li>entities shuffled to their articles' partitions (the annotations stay), executors per article:
 *   statements, figures and their frames ({@link ExtractStep});</li>
 *   <li>shuffle by MinHash band key: wire copies and duplicates ({@link CopyStep});</li>
 *   <li>a count by term ({@code reduceByKey}): the document frequencies grouping weighs terms by, which reach
 *   the driver as a table of terms and are broadcast ({@link DocumentFrequencyStep});</li>
 *   <li>the entities' ids shuffled to their articles' partitions (the articles stay): each article's card for
 *   grouping ({@link GroupCardStep});</li>
 *   <li>shuffle by link term, then joins by article: the article graph's candidate pairs, scored and judged as
 *   rewrites in parallel ({@link PairStep});</li>
 *   <li>the pairs' credits shuffled by crediting article, the chosen ones joined to both articles: quotes and
 *   credited rewrites ({@link QuoteStep});</li>
 *   <li>connected components of the graph, shuffle by component: events and stories per block, numbered by a
 *   distributed sort ({@link EventStep}); an article without a link is its own block where it is;</li>
 *   <li>copy components, then each article's citable sentences shuffled by event: the events' summaries
 *   ({@link SummaryStep});</li>
 *   <li>one task: the table rows ({@link CorpusStep});</li>
 *   <li>the stories spread over the executors: comparisons per story, numbered by a distributed sort
 *   ({@link CompareStep});</li>
 *   <li>one task per table, as many tables at once as there are cores: the Parquet file; or, with {@code --table-parts}, every task its part of each
 *   table ({@link ParquetOutput}).</li>
 * </ol>
 * The driver never holds articles; it receives only the row count of each table. Spark's stages are named
 * after these steps ({@link StageMetrics} adds up their costs, {@link StageTimeline} their parallelism).
 */
public final class SparkAnalysis {

    private final SparkSession spark;
    private final HadoopConf conf;
    private final PrintStream progress;

    /**
     * Makes the analysis, which tells nothing as it goes.
     *
     * @param spark the session to run in
     */
    public SparkAnalysis(SparkSession spark) {
        this(spark, null);
    }

    /**
     * Makes the analysis.
     *
     * @param spark    the session to run in
     * @param progress where "N records read" lines go as the inputs are read ({@link ReadProgress}), or null
     */
    public SparkAnalysis(SparkSession spark, PrintStream progress) {
        this.spark = spark;
        this.conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        this.progress = progress;
    }

    /**
     * Runs the job.
     *
     * @param args the job's arguments
     * @return the number of rows written to each table
     * @throws IOException when the output cannot be written
     */
    public Map<String, Long> run(JobArgs args) throws IOException {
        long started = System.currentTimeMillis();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<SourceError> listingErrors = new ArrayList<>();
        List<InputFile> files = new InputListing(conf).list(args.inputs(), listingErrors);
        // the articles' partitions are not bounded by the number of files: one JSON Lines file or WARC can hold the
        // whole corpus, and annotation in one task would use one core of the cluster
        int parts = args.partitions() > 0 ? args.partitions() : Math.max(1, jsc.defaultParallelism() * 4);
        List<Runnable> cached = new ArrayList<>();
        ReadProgress reading = progress == null ? null : ReadProgress.register(spark.sparkContext(), progress);
        try {
            // each call site names the Spark stages that end at the shuffles created under it (StageMetrics)
            jsc.setCallSite("read and clean");
            JavaRDD<ReadResult> read = keep(cached, jsc.parallelize(files, Math.max(1, Math.min(parts,
                    Math.max(1, files.size())))).mapPartitions(new ReadStep(conf, args.maxFileBytes(),
                    reading == null ? null : reading.counter())));
            JavaPairRDD<String, Iterable<ReadResult>> outlets = read.filter(r -> r.article() != null)
                    .groupBy(OutletStep::key, parts);
            jsc.setCallSite("outlets");
            JavaRDD<ReadResult> sorted = outlets.flatMap(new OutletStep()).sortBy(ReadResult::ordinal, true, parts);
            jsc.setCallSite("number");
            JavaRDD<ReadResult> numbered = keep(cached, number(sorted));
            // partitioned by article id before annotation, so that joining the entities later moves only the
            // entities: the annotations (the largest data of the job) stay where they were made
            ArticlePartitioner byId = new ArticlePartitioner(parts);
            JavaPairRDD<String, ReadResult> toAnnotate = numbered.mapToPair(r -> new Tuple2<>(r.article().id(), r))
                    .partitionBy(byId);
            jsc.setCallSite("annotate");
            AnnotateStep annotate = new AnnotateStep();
            JavaPairRDD<String, Annotated> annotatedById = toAnnotate.mapPartitionsToPair(rows -> {
                List<ReadResult> in = new ArrayList<>();
                rows.forEachRemaining(t -> in.add(t._2()));
                List<Tuple2<String, Annotated>> out = new ArrayList<>();
                annotate.call(in.iterator()).forEachRemaining(a -> out.add(new Tuple2<>(a.article().id(), a)));
                return out.iterator();
            }, true).persist(StorageLevel.MEMORY_AND_DISK_SER());
            cached.add(annotatedById::unpersist);
            // computed here, so that annotation's cost is counted under its own step, not under the first
            // step whose shuffle reads it
            annotatedById.count();
            if (reading != null) {
                // every file has been read once annotation is done (the read results are kept)
                reading.finish();
                spark.sparkContext().removeSparkListener(reading);
            }
            JavaRDD<FoundNames> names = annotatedById.values().filter(a -> a.found() != null)
                    .map(a -> new FoundNames(a.ordinal(), a.article().id(), a.found()));
            jsc.setCallSite("resolve entities");
            JavaRDD<Entity> entities = new EntityStep(parts).resolve(names);
            cached.add(entities::unpersist);
            JavaPairRDD<String, Tuple2<Iterable<Annotated>, Iterable<Entity>>> joined =
                    annotatedById.cogroup(entities.flatMapToPair(SparkAnalysis::perArticle), byId);
            jsc.setCallSite("statements, figures, frames");
            ExtractStep extract = new ExtractStep();
            // keyed by id in the annotations' partitions: the grouping steps bring what they need to the articles
            JavaPairRDD<String, Extracted> extractedById = joined.flatMapValues(v -> {
                Iterator<Annotated> a = v._1().iterator();
                return a.hasNext() ? List.of(extract.call(new Tuple2<>(a.next(), v._2()))).iterator()
                        : java.util.Collections.<Extracted>emptyIterator();
            }).persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(extractedById::unpersist);
            JavaRDD<Extracted> extracted = extractedById.values();
            // computed under this step's name (StageMetrics), not under the first shuffle that reads it
            extractedById.count();
            GroupingSteps.Grouping grouping = new GroupingSteps(jsc, parts, byId).group(extractedById, entities,
                    cached);
            // the rows need no sentence vectors: the one task takes the articles without them
            JavaRDD<CorpusPart> gathered = extracted.map(x -> CorpusPart.of(x.withoutVectors()))
                    .union(entities.map(CorpusPart::of))
                    .union(grouping.copies().map(CorpusPart::of)).union(grouping.events().map(CorpusPart::of))
                    .union(grouping.stories().map(CorpusPart::of))
                    .union(read.filter(r -> r.error() != null).map(CorpusPart::of))
                    .repartition(1);
            jsc.setCallSite("rows");
            JavaRDD<CorpusResult> corpusRows = keep(cached, gathered.mapPartitions(new CorpusStep(listingErrors,
                    started)));
            corpusRows.count();
            jsc.setCallSite("compare");
            JavaRDD<TableRow> rows = keep(cached, corpusRows.filter(r -> r.row() != null).map(CorpusResult::row)
                    .union(new CompareStep(parts).rows(corpusRows.filter(r -> r.story() != null)
                            .map(CorpusResult::story))));
            rows.count();
            jsc.setCallSite("write tables");
            new ParquetOutput(spark, conf).write(rows, args.output(), args.tableParts());
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> counted = rows.map(TableRow::table).countByValue();
            Tables.NAMES.forEach(t -> counts.put(t, counted.getOrDefault(t, 0L)));
            return counts;
        } finally {
            if (reading != null) {
                spark.sparkContext().removeSparkListener(reading);
            }
            jsc.clearCallSite();
            cached.forEach(Runnable::run);
        }
    }

    private static <T> JavaRDD<T> keep(List<Runnable> cached, JavaRDD<T> rdd) {
        JavaRDD<T> kept = rdd.persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(kept::unpersist);
        return kept;
    }

    /** Gives the articles, sorted into corpus order (a distributed sort), core's ids. */
    private static JavaRDD<ReadResult> number(JavaRDD<ReadResult> sorted) {
        return sorted.zipWithIndex()
                .map(t -> new ReadResult(t._1().ordinal(), t._1().article().withId("a" + (t._2() + 1)),
                        t._1().inputHash(), null));
    }

    /** An entity once for each article it is mentioned in, with that article's mentions only. */
    private static Iterator<Tuple2<String, Entity>> perArticle(Entity e) {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        e.mentions().forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
        List<Tuple2<String, Entity>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(byArticle.keySet());
        for (String article : seen) {
            out.add(new Tuple2<>(article, new Entity(e.id(), e.type(), e.name(), e.aliases(),
                    byArticle.get(article))));
        }
        return out.iterator();
    }
}
