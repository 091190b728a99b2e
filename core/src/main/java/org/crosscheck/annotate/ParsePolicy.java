package org.crosscheck.annotate;

/**
 * Which sentences get a dependency parse. Parsing is the most expensive step after NER (measured: it
 * roughly halves throughput when applied to every sentence), and the extractors need it only where
 * someone speaks or a number is reported.
 */
public enum ParsePolicy {
    /** No sentence is parsed. */
    NONE,
    /** Sentences with a verb of speaking or claiming (see {@link ParseSelector}). */
    SPEECH,
    /** {@link #SPEECH} sentences and those with a number, an amount of money or a percentage. */
    SPEECH_AND_NUMBERS,
    /** Every sentence. */
    ALL
}
