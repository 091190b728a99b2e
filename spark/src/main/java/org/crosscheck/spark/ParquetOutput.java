package org.crosscheck.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes the tables as {@code DIR/TABLE.parquet}, one file per table as {@code crosscheck export --format parquet}
 * writes them. Each table is written by Spark into {@code DIR/_spark/TABLE/} and its one part file moved into
 * place, replacing the file of an earlier run: a rerun (or a run after a killed one) over the same output leaves
 * exactly one file per table and no duplicate rows. With part files, each table is instead the folder
 * {@code DIR/TABLE.parquet/} of one part file a task (no task gathers a whole table; {@code crosscheck import}
 * reads such folders), which Spark replaces on a rerun. The tables are written by as many jobs at once as the
 * cluster has cores for (each one-file table is one task), not one after another.
 */
public final class ParquetOutput {

    private static final String WORK = "_spark";
    private final SparkSession spark;
    private final HadoopConf conf;

    /**
     * Makes the writer.
     *
     * @param spark the session
     * @param conf  the Hadoop configuration
     */
    public ParquetOutput(SparkSession spark, HadoopConf conf) {
        this.spark = spark;
        this.conf = conf;
    }

    /**
     * Writes every table.
     *
     * @param rows   the rows of all tables
     * @param folder the output folder, on any Hadoop file system
     * @param parts  whether a table is a folder of part files (one a task) rather than one file
     * @throws IOException when a file cannot be moved into place
     */
    public void write(JavaRDD<TableRow> rows, String folder, boolean parts) throws IOException {
        Path out = new Path(folder);
        FileSystem fs = out.getFileSystem(conf.get());
        fs.mkdirs(out);
        Path work = new Path(out, WORK);
        // with part files, the rows are spread over as many tasks as they came in (the corpus step gives most
        // tables from one task), once for all tables
        JavaRDD<TableRow> source = parts ? rows.repartition(rows.getNumPartitions()).persist(
                StorageLevel.MEMORY_AND_DISK()) : rows;
        // a one-file table is one task: written one after another, the tables would keep all cores but one idle
        int atOnce = Math.max(1, Math.min(Tables.NAMES.size(), spark.sparkContext().defaultParallelism()));
        ExecutorService writers = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (String table : Tables.NAMES) {
                written.add(writers.submit(() -> {
                    writeTable(source, table, fs, out, work, parts);
                    return null;
                }));
            }
            for (Future<?> w : written) {
                finish(w);
            }
        } finally {
            writers.shutdownNow();
        }
        fs.delete(work, true);
        if (parts) {
            source.unpersist(false);
        }
    }

    private void writeTable(JavaRDD<TableRow> source, String table, FileSystem fs, Path out, Path work,
                            boolean parts) throws IOException {
        JavaRDD<Row> tableRows = source.filter(r -> r.table().equals(table)).map(TableRow::row);
        Path target = new Path(out, table + ".parquet");
        if (parts) {
            // the file of an earlier one-file run is replaced by the folder (Overwrite removes it)
            fs.delete(new Path(out, "." + table + ".parquet.crc"), false);
            spark.createDataFrame(tableRows, Tables.SCHEMAS.get(table)).write().mode(SaveMode.Overwrite)
                    .parquet(target.toString());
        } else {
            Path dir = new Path(work, table);
            spark.createDataFrame(tableRows.coalesce(1), Tables.SCHEMAS.get(table)).write()
                    .mode(SaveMode.Overwrite).parquet(dir.toString());
            moveIntoPlace(fs, dir, target);
        }
    }

    /** Waits for one table's write and passes on its failure as the caller's. */
    private static void finish(Future<?> written) throws IOException {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the tables", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void moveIntoPlace(FileSystem fs, Path dir, Path target) throws IOException {
        FileStatus[] parts = fs.listStatus(dir, p -> p.getName().startsWith("part-") && p.getName().endsWith(".parquet"));
        if (parts.length != 1) {
            throw new IOException(dir + " holds " + parts.length + " part files, expected one");
        }
        // recursive: an earlier run with part files left a folder there
        fs.delete(target, true);
        fs.delete(new Path(target.getParent(), "." + target.getName() + ".crc"), false);
        if (!fs.rename(parts[0].getPath(), target)) {
            throw new IOException("cannot move " + parts[0].getPath() + " to " + target);
        }
        fs.delete(new Path(target.getParent(), "." + target.getName() + ".crc"), false);
    }
}
