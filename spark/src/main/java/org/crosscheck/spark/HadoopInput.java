package org.crosscheck.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.crosscheck.ingest.Input;

/** A file of any Hadoop file system (local, {@code hdfs://}, {@code s3a://}) as core's readers read it. */
public final class HadoopInput implements Input {

    private final Path path;
    private final HadoopConf conf;

    /**
     * Makes an input.
     *
     * @param path the file's Hadoop path
     * @param conf the Hadoop configuration
     */
    public HadoopInput(String path, HadoopConf conf) {
        this.path = new Path(path);
        this.conf = conf;
    }

    private FileSystem fs() throws IOException {
        return path.getFileSystem(conf.get());
    }

    @Override
    public String name() {
        return path.getName();
    }

    @Override
    public long size() throws IOException {
        return fs().getFileStatus(path).getLen();
    }

    @Override
    public InputStream open() throws IOException {
        return fs().open(path);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
