/**
 * A page's main text: {@link org.crosscheck.clean.html.ReadabilityHtmlExtractor} applies the page rules
 * (hidden elements, furniture named by tag or class, embedded posts, captions, link teasers), scores the
 * content as Readability does ({@link org.crosscheck.clean.html.ContentScorer}) and prunes furniture inside
 * it; what it leaves out of the page is recorded with its reason.
 */
package org.crosscheck.clean.html;
