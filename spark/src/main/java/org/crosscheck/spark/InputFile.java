package org.crosscheck.spark;

import java.io.Serializable;

/**
 * One file to read, as listed on the driver.
 *
 * @param path    the file's full Hadoop path (e.g. {@code hdfs://nn/crawl/a.warc.gz})
 * @param source  the name its documents get: the input as the user gave it, and for a file found in a folder
 *                the path below it (as {@code crosscheck analyze} names them)
 * @param ordinal its place in the listing, which orders the corpus as core orders it
 * @param given   true when the user named the file itself (an unsupported type is then an error; in a folder
 *                such a file is skipped)
 */
public record InputFile(String path, String source, long ordinal, boolean given) implements Serializable {
}
