package org.crosscheck.app.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a reader finds a table: the store's own table, or a Parquet file of an export.
 */
@FunctionalInterface
interface Tables {

    /** The store's own tables. */
    Tables STORE = name -> name;

    /**
     * Returns the FROM expression of a table.
     *
     * @param name a name from {@link Schema#TABLES}
     * @return SQL for the FROM clause
     */
    String from(String name);

    /**
     * Reads tables from {@code NAME.parquet} in a folder: a file, or a folder of part files ({@code *.parquet},
     * as a distributed writer such as Spark leaves a table, so its tasks need not be joined into one file).
     *
     * @param folder the export folder
     * @return the table source
     */
    static Tables parquet(Path folder) {
        // DuckDB takes no bound parameter for a table function's file name here; the path is made absolute
        // and quoted as a SQL string literal (quotes doubled), never spliced raw
        return name -> {
            Path table = folder.resolve(name + ".parquet").toAbsolutePath();
            String files = Files.isDirectory(table) ? table.resolve("*.parquet").toString() : table.toString();
            return "read_parquet(" + Literal.of(files) + ")";
        };
    }
}
