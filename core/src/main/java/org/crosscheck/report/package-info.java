/**
 * Stage "report": writes a {@link org.crosscheck.model.Dossier} as {@code dossier.json} (the contract),
 * a Markdown dossier and a self-contained HTML dossier; reads {@code dossier.json} back.
 */
package org.crosscheck.report;
