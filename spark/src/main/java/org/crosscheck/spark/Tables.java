package org.crosscheck.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables: the store's tables (app's {@code Schema}) with their columns in the same order and of the
 * types DuckDB writes them to Parquet with ({@code VARCHAR} as strings, {@code INTEGER} as 32-bit, {@code DOUBLE},
 * {@code TIMESTAMP} as a timestamp without time zone), so that the files read as those of
 * {@code crosscheck export --format parquet} do. A figure's measure and scope and a comparison's quantity are
 * JSON text in the dossier contract's shapes, as the store keeps them.
 */
public final class Tables {

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType D = DataTypes.DoubleType;

    /** Every table, in the order of the store's schema, with its columns. */
    public static final Map<String, StructType> SCHEMAS = schemas();

    /** The table names in the store's order. */
    public static final List<String> NAMES = List.copyOf(SCHEMAS.keySet());

    private Tables() {
    }

    private static Map<String, StructType> schemas() {
        Map<String, StructType> t = new LinkedHashMap<>();
        t.put("articles", struct("id", S, "source", S, "content_hash", S, "outlet", S, "url", S, "title", S,
                "published", S, "author", S, "language", S, "text", S, "dateline", S, "added",
                DataTypes.TimestampNTZType, "input_hash", S, "retrieved", S));
        t.put("removals", struct("article", S, "seq", I, "text", S, "reason", S));
        t.put("warnings", struct("article", S, "seq", I, "text", S));
        t.put("credits", struct("article", S, "seq", I, "text", S));
        t.put("entities", struct("id", S, "type", S, "name", S));
        t.put("aliases", struct("entity", S, "alias", S));
        t.put("mentions", struct("entity", S, "article", S, "start_pos", I, "end_pos", I, "text", S));
        t.put("statements", struct("id", S, "article", S, "start_pos", I, "end_pos", I, "mode", S,
                "speaker_entity", S, "speaker_text", S, "cue", S, "content", S, "parts", S, "cue_class", S,
                "continues", S));
        t.put("figures", struct("id", S, "article", S, "start_pos", I, "end_pos", I, "kind", S, "value", D,
                "low", D, "high", D, "hedge", S, "unit", S, "counted", S, "place", S, "time", S,
                "claimant_entity", S, "claimant_text", S, "statement", S, "measure", S, "scope", S, "alias_of", S));
        t.put("copies", struct("article", S, "of", S, "relation", S, "score", D));
        t.put("events", struct("id", S, "title", S));
        t.put("event_articles", struct("event", S, "seq", I, "article", S));
        t.put("summaries", struct("event", S, "seq", I, "text", S, "article", S, "start_pos", I, "end_pos", I));
        t.put("stories", struct("id", S, "title", S));
        t.put("story_events", struct("story", S, "seq", I, "event", S));
        t.put("comparisons", struct("id", S, "topic", S, "kind", S, "verdict", S, "note", S, "quantity", S));
        t.put("comparison_items", struct("comparison", S, "item_type", S, "seq", I, "item", S));
        t.put("errors", struct("source", S, "message", S));
        return java.util.Collections.unmodifiableMap(t);
    }

    private static StructType struct(Object... columns) {
        StructField[] fields = new StructField[columns.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) columns[2 * i], (DataType) columns[2 * i + 1], true);
        }
        return DataTypes.createStructType(fields);
    }
}
