/**
 * Scraped text cleaned line by line: {@link org.crosscheck.clean.lines.TextCleaner} runs a chain of small
 * {@link org.crosscheck.clean.lines.LineFilter}s over a {@link org.crosscheck.clean.lines.Draft}, each
 * recognising one kind of non-article line (teasers, appeals, captions, share bars, furniture labels per
 * language) or a metadata line (title, byline, dateline, timestamp) whose value becomes an article field.
 */
package org.crosscheck.clean.lines;
