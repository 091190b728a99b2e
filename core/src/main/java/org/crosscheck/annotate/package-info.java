/**
 * Stage "annotate": sentences, tokens, parts of speech, lemmas and named entities with normalised
 * numbers and dates, from Stanford CoreNLP loaded once per process behind {@link org.crosscheck.annotate.Annotator}.
 */
package org.crosscheck.annotate;
