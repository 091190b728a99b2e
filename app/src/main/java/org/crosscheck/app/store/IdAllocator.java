package org.crosscheck.app.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out ids unique in one table: the wanted id when it is free, else the wanted id with the
 * smallest free suffix ({@code a3} → {@code a3.2}). Dossiers number their ids from 1, so a second
 * dossier added to a store would otherwise clash with the first.
 */
final class IdAllocator {

    private final Set<String> taken;

    /**
     * Makes an allocator.
     *
     * @param taken ids already in use (copied)
     */
    IdAllocator(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /**
     * Allocates an id.
     *
     * @param wanted the id the record had in its dossier
     * @return a free id, now marked as taken
     */
    String allocate(String wanted) {
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "." + n;
        }
        taken.add(id);
        return id;
    }
}
