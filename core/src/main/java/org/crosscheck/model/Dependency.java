package org.crosscheck.model;

/**
 * One edge of a dependency parse, by token index within its sentence (0-based; governor -1 is the root).
 *
 * @param governor  index of the head token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation  Universal Dependencies relation name ("nsubj", "obl:tmod" …)
 */
public record Dependency(int governor, int dependent, String relation)
        implements java.io.Serializable {
}
