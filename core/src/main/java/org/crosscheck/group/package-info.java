/**
 * Stage "group": copies between articles ({@link org.crosscheck.group.GroupStage}: shingles and MinHash for
 * wire copy and syndication, sentence embeddings for rewrites, citations for "quotes"), and events and
 * stories (articles clustered on combined signals).
 */
package org.crosscheck.group;
