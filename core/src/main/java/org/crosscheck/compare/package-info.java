/**
 * Stage "compare": figures that measure the same thing and statements that report the same utterance,
 * put side by side across the articles of a story, with a verdict and a note ({@link org.crosscheck.compare.CompareStage}).
 */
package org.crosscheck.compare;
