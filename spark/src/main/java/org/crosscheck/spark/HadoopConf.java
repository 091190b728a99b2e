package org.crosscheck.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop configuration that travels to the executors (Hadoop's own is not serializable), so that the file
 * system settings of the driver (e.g. {@code spark.hadoop.fs.s3a.*}) reach the tasks that open the inputs.
 */
public final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> entries = new HashMap<>();
    private transient Configuration conf;

    /**
     * Copies a configuration.
     *
     * @param conf the driver's configuration
     */
    public HadoopConf(Configuration conf) {
        conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
        this.conf = conf;
    }

    /** Returns the configuration, rebuilt once per task after it travelled. */
    public synchronized Configuration get() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            entries.forEach(c::set);
            conf = c;
        }
        return conf;
    }
}
