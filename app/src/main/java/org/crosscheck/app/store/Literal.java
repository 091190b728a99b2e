package org.crosscheck.app.store;

/** SQL string literals for the few places DuckDB takes no bound parameter (file names in COPY and read_parquet). */
final class Literal {

    private Literal() {
    }

    /**
     * Quotes a string as a SQL literal.
     *
     * @param value the string; must not contain NUL
     * @return the value in single quotes with quotes doubled
     * @throws IllegalArgumentException when the value contains a NUL or a line break
     */
    static String of(String value) {
        if (value.indexOf('\0') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("unusable file name: " + value.replaceAll("[\\x00-\\x1f]", "?"));
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
