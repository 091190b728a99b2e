/**
 * Stage "ingest": reads files, folders and records into {@link org.crosscheck.model.RawDocument}s,
 * one {@link org.crosscheck.ingest.SourceReader} per input format, with encoding detection and
 * per-source errors that never stop a run.
 */
package org.crosscheck.ingest;
