package org.crosscheck.extract;

/**
 * A number read with its unit, before it becomes a figure.
 *
 * @param numFrom first token of the number itself
 * @param from    first token of the quantity (a currency symbol or a unit written before the number included)
 * @param to      the token after its last (unit and rate included)
 * @param start   start offset of the quantity, hedge excluded
 * @param end     end offset, exclusive
 * @param value   the value, or null for a range
 * @param low     lower end of a range, or null
 * @param high    upper end of a range, or null
 * @param unit    its unit ("percent", "USD per month"), or null for a count
 * @param money   true for an amount of money
 */
record Quantity(int numFrom, int from, int to, int start, int end, Double value, Double low, Double high, String unit,
                boolean money) {
}
