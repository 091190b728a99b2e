package org.crosscheck.app.web;

/**
 * A highlighted span of an article's text.
 *
 * @param start  start offset, inclusive
 * @param end    end offset, exclusive
 * @param cls    CSS class: mention, statement, figure or cite
 * @param id     the record id (anchor), or null
 * @param href   where the span links (an entity page), or null
 * @param title  the tooltip, plain text
 */
record Annotation(int start, int end, String cls, String id, String href, String title) {
}
