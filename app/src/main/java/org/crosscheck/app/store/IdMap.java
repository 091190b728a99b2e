package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Translates one dossier's ids into store ids while it is added: articles already stored map to their
 * stored ids, new records get free ids. An id that is not mapped belongs to a record not being added.
 */
final class IdMap {

    private final Map<String, Map<String, String>> maps = new HashMap<>();
    private final Map<String, IdAllocator> allocators = new HashMap<>();

    /**
     * Loads the ids in use from the store.
     *
     * @param c the connection
     * @throws SQLException on a database error
     */
    IdMap(Connection c) throws SQLException {
        for (String table : List.of("articles", "entities", "statements", "figures", "events", "stories",
                "comparisons")) {
            // table names are constants of this class, never input
            allocators.put(table, new IdAllocator(Sql.strings(c, "SELECT id FROM " + table)));
            maps.put(table, new HashMap<>());
        }
    }

    /**
     * Maps an id to a fresh store id.
     *
     * @param table  the table the record goes to
     * @param wanted the dossier id
     * @return the store id
     */
    String allocate(String table, String wanted) {
        String id = allocators.get(table).allocate(wanted);
        maps.get(table).put(wanted, id);
        return id;
    }

    /**
     * Maps an id to an existing store id.
     *
     * @param table    the table
     * @param wanted   the dossier id
     * @param existing the stored id
     */
    void reuse(String table, String wanted, String existing) {
        maps.get(table).put(wanted, existing);
    }

    /**
     * Looks an id up.
     *
     * @param table the table
     * @param id    the dossier id, may be null
     * @return the store id, or null when the record is not part of this add
     */
    String get(String table, String id) {
        return id == null ? null : maps.get(table).get(id);
    }

    /**
     * Maps a list of ids, dropping those not part of this add.
     *
     * @param table the table
     * @param ids   dossier ids
     * @return store ids in the same order
     */
    List<String> all(String table, List<String> ids) {
        return ids.stream().map(id -> get(table, id)).filter(Objects::nonNull).collect(Collectors.toList());
    }
}
