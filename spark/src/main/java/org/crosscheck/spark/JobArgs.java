package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.Ingestor;

/**
 * The job's command line: {@code --input PATH... --output DIR [--master local[N]] [--partitions N]
 * [--max-file-size BYTES] [--table-parts]}.
 *
 * @param inputs       files and folders on any Hadoop file system, as given
 * @param output       the output folder
 * @param master       the Spark master, or null to take it from spark-submit
 * @param partitions   how many partitions to read the inputs in, or 0 for Spark's default parallelism
 * @param maxFileBytes the largest input file (or archive record) accepted
 * @param tableParts   whether each table is written as a folder of part files, one a task, instead of one file
 */
public record JobArgs(List<String> inputs, String output, String master, int partitions, long maxFileBytes,
                      boolean tableParts) {

    /** The usage line. */
    public static final String USAGE = "usage: AnalyzeJob --input PATH... --output DIR [--master local[N]] "
            + "[--partitions N] [--max-file-size BYTES] [--table-parts]";

    /** Makes the input list immutable. */
    public JobArgs {
        inputs = List.copyOf(inputs);
    }

    /**
     * Parses the arguments.
     *
     * @param args the command line
     * @return the arguments
     * @throws IllegalArgumentException when they are incomplete or unknown, with the problem in words
     */
    public static JobArgs parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String master = null;
        int partitions = 0;
        long maxBytes = Ingestor.DEFAULT_MAX_BYTES;
        boolean tableParts = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                }
                case "--output" -> output = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--max-file-size" -> maxBytes = Long.parseLong(value(args, ++i, a));
                case "--table-parts" -> tableParts = true;
                default -> throw new IllegalArgumentException("unknown argument " + a + "\n" + USAGE);
            }
        }
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input and --output are required\n" + USAGE);
        }
        return new JobArgs(inputs, output, master, partitions, maxBytes, tableParts);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
