package org.crosscheck.model;

/**
 * The quantity a comparison is about: what is measured, where and when, taken from its reports' frames.
 *
 * @param measure what is measured
 * @param scope   where and when it holds
 */
public record Quantity(Measure measure, Scope scope) implements java.io.Serializable {
}
