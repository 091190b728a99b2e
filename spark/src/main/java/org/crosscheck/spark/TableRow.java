package org.crosscheck.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One row of one output table.
 *
 * @param table the table's name (one of {@link Tables#NAMES})
 * @param row   the row, in the table's column order
 */
public record TableRow(String table, Row row) implements Serializable {
}
