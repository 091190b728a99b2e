/**
 * The pipeline as an Apache Spark job ({@link org.crosscheck.spark.AnalyzeJob}): inputs on any Hadoop file
 * system are listed on the driver and read, cleaned, annotated and extracted on the executors with core's
 * stages; the corpus stages run as steps of the job; the tables come out as the Parquet files that
 * {@code crosscheck export --format parquet} writes. Each class moves data for one step; the algorithms stay
 * in {@code core}.
 */
package org.crosscheck.spark;
