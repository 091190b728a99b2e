/**
 * Stage "clean": turns a {@link org.crosscheck.model.RawDocument} into an
 * {@link org.crosscheck.model.Article} through its facade {@link org.crosscheck.clean.ArticleCleaner}. It is
 * split by concern: {@link org.crosscheck.clean.html} finds a page's main text (page rules, content scoring),
 * {@link org.crosscheck.clean.lines} cleans text line by line (teasers, appeals, captions, bylines …), and
 * {@link org.crosscheck.clean.meta} reads a page's metadata (JSON-LD, OpenGraph, canonical URL, outlet names).
 * Every line taken out is kept as a {@link org.crosscheck.model.Removal} with its reason; metadata lines (title,
 * byline, dateline, credits, timestamps) become article fields.
 */
package org.crosscheck.clean;
