/**
 * Stage "extract": entities resolved inside and across articles ({@link org.crosscheck.extract.EntityStage}),
 * statements with speakers ({@link org.crosscheck.extract.StatementStage}) and figures with hedges, kinds and
 * claimants ({@link org.crosscheck.extract.FigureStage}), all with offsets into the clean article text.
 */
package org.crosscheck.extract;
