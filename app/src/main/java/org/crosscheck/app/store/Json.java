package org.crosscheck.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.crosscheck.report.DossierJson;

/** Nested contract records (a figure's measure and scope, a comparison's quantity) as JSON text in a column. */
final class Json {

    private Json() {
    }

    /**
     * Writes a record as JSON.
     *
     * @param value the record, or null
     * @return its JSON, or null for null
     * @throws StoreException when the record cannot be written (a bug, not bad input)
     */
    static String write(Object value) {
        try {
            return value == null ? null : DossierJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("a record could not be written as JSON", e);
        }
    }

    /**
     * Reads a record from JSON.
     *
     * @param json the JSON, or null
     * @param type the record's class
     * @param <T>  the record's type
     * @return the record, or null for null
     * @throws StoreException when the column does not hold such a record
     */
    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : DossierJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("the store holds a " + type.getSimpleName() + " it cannot read", e);
        }
    }
}
