package org.crosscheck.pipeline;

/** A part of the {@link org.crosscheck.model.Corpus} that a stage requires or provides. */
public enum Part {
    /** Cleaned articles. */
    ARTICLES,
    /** Sentences, tokens, tags and parses. */
    ANNOTATIONS,
    /** Resolved entities with mentions. */
    ENTITIES,
    /** Statements (direct and reported speech). */
    STATEMENTS,
    /** Figures. */
    FIGURES,
    /** The frame of every figure: what it measures, where and when it holds, unit aliases. */
    FRAMES,
    /** Copy relations. */
    COPIES,
    /** Events. */
    EVENTS,
    /** Stories. */
    STORIES,
    /** Cross-source comparisons. */
    COMPARISONS,
    /** Cited event summaries. */
    SUMMARIES
}
