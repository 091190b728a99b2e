package org.crosscheck.model;

import java.util.List;

/**
 * The {@code crosscheck/dossier@1} document: the one output every other view is made from.
 *
 * @param format      always {@link #FORMAT}
 * @param created     ISO-8601 time of writing
 * @param tool        name and version of the tool that wrote it
 * @param articles    see {@link Corpus}
 * @param entities    see {@link Corpus}
 * @param statements  see {@link Corpus}
 * @param figures     see {@link Corpus}
 * @param copies      see {@link Corpus}
 * @param events      see {@link Corpus}
 * @param stories     see {@link Corpus}
 * @param comparisons see {@link Corpus}
 * @param errors      see {@link Corpus}
 */
public record Dossier(String format, String created, Tool tool, List<Article> articles, List<Entity> entities,
                      List<Statement> statements, List<Figure> figures, List<Copy> copies, List<Event> events,
                      List<Story> stories, List<Comparison> comparisons, List<SourceError> errors) {

    /** The contract's format name. */
    public static final String FORMAT = "crosscheck/dossier@1";

    /**
     * Name and version of the writing tool.
     *
     * @param name    "crosscheck"
     * @param version the build version
     */
    public record Tool(String name, String version) {
    }

    /**
     * Makes a dossier of a finished corpus.
     *
     * @param corpus  the analysed corpus
     * @param created the time of writing, ISO-8601
     * @param tool    the writing tool
     * @return the dossier (annotations are left out: they are not part of the contract)
     */
    public static Dossier of(Corpus corpus, String created, Tool tool) {
        return new Dossier(FORMAT, created, tool, corpus.articles(), corpus.entities(), corpus.statements(),
                corpus.figures(), corpus.copies(), corpus.events(), corpus.stories(), corpus.comparisons(),
                corpus.errors());
    }

    /**
     * Turns a dossier back into a corpus (without annotations), e.g. after reading dossier.json.
     *
     * @return the corpus the dossier was made of
     */
    public Corpus toCorpus() {
        return new Corpus(articles, java.util.Map.of(), entities, statements, figures, copies, events, stories,
                comparisons, errors);
    }
}
