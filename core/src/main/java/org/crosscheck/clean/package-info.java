/**
 * Stage "clean": turns a {@link org.crosscheck.model.RawDocument} into an
 * {@link org.crosscheck.model.Article}. HTML pages go through {@link org.crosscheck.clean.HtmlExtractor}
 * first; then every text goes through {@link org.crosscheck.clean.TextCleaner}, a chain of small
 * {@link org.crosscheck.clean.LineFilter}s that each recognise one kind of non-article line (teasers,
 * appeals, captions, bylines …). Every line taken out is kept as a {@link org.crosscheck.model.Removal}
 * with its reason; metadata lines (title, byline, dateline, credits, timestamps) become article fields.
 */
package org.crosscheck.clean;
