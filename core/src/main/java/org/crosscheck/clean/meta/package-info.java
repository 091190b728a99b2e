/**
 * A page's metadata and its outlet: {@link org.crosscheck.clean.meta.PageMetadata} reads JSON-LD, OpenGraph,
 * {@code <meta>}, {@code <time>} and the canonical URL; outlet names come from hosts and from the furniture
 * an outlet repeats across its pages.
 */
package org.crosscheck.clean.meta;
