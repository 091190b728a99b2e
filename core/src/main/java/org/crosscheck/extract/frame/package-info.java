/**
 * The frame of each figure (part of stage "extract", after figures): what it measures ({@link
 * org.crosscheck.model.Measure}: the counted thing, what happened to it, the unit's base) and where and when
 * it holds ({@link org.crosscheck.model.Scope}), and which figure restates another in a second unit. The
 * comparison stage aligns figures by their frames. Word lists are data files beside these classes
 * ({@code things-en.tsv}, {@code actions-en.tsv}, {@code cumulative-en.txt}, {@code unit-bases.tsv}).
 */
package org.crosscheck.extract.frame;
