package org.crosscheck.app.store;

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
     * Reads tables from {@code NAME.parquet} files in a folder.
     *
     * @param folder the export folder
     * @return the table source
     */
    static Tables parquet(Path folder) {
        // DuckDB takes no bound parameter for a table function's file name here; the path is made absolute
        // and quoted as a SQL string literal (quotes doubled), never spliced raw
        return name -> "read_parquet(" + Literal.of(folder.resolve(name + ".parquet").toAbsolutePath().toString())
                + ")";
    }
}
