package org.crosscheck.annotate;

/**
 * Which sentences get a dependency parse. Parsing is the most expensive step after NER (measured: it
 * roughly halves throughput when applied to every sentence), and the extractors need it only where
 * someone speaks or a number is reported.
 */
public enum ParsePolicy {
    /** No sentence is parsed. */
    NONE,
    /** Sentences with a quotation mark, a speech verb or "according to" (see {@link ParseSelector}). */
    SPEECH,
    /** {@link #SPEECH} sentences and those with a number, an amount of money or a percentage. */
    SPEECH_AND_NUMBERS,
    /** Every sentence. */
    ALL
}
