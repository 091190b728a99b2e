/**
 * The data model: immutable records that flow one way through the stages. The dossier records
 * ({@link Article}, {@link Entity}, {@link Statement}, {@link Figure}, {@link Copy}, {@link Event},
 * {@link Story}, {@link Comparison}, {@link SourceError}) follow the {@code crosscheck/dossier@1}
 * contract; offsets are UTF-16 indices into {@link Article#text()}, start inclusive, end exclusive.
 * The records of articles and of what is found in them are {@link java.io.Serializable}, so that a
 * distributed job (the {@code spark} module) can move them between machines.
 */
package org.crosscheck.model;
