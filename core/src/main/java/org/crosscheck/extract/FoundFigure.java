package org.crosscheck.extract;

/**
 * A figure found in one sentence, before its claimant is known.
 *
 * @param start   start offset (hedge included)
 * @param end     end offset, exclusive
 * @param value   the number, or null for vague amounts and ranges
 * @param low     lower end of a range, or null
 * @param high    upper end of a range, or null
 * @param hedge   qualifying words as written, or null
 * @param unit    unit, or null for a count
 * @param counted what is counted, or null
 * @param kind    the contract's kind
 * @param place   a place named in the sentence, or null
 * @param time    a date named in the sentence, or null
 */
record FoundFigure(int start, int end, Double value, Double low, Double high, String hedge, String unit,
                   String counted, String kind, String place, String time) {
}
