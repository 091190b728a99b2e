package org.crosscheck.compare;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;

/**
 * What comparing one story needs, and nothing of the other stories: comparisons only pair figures and
 * statements of one story's articles, so the stories can be compared apart (see {@link CompareStage#stories}).
 *
 * @param story              the story's id (an event's id for an event in no story)
 * @param articles           the story's articles
 * @param statements         their statements, in corpus order
 * @param statementPositions each statement's place in the corpus's statements
 * @param figures            their figures, in corpus order
 * @param figurePositions    each figure's place in the corpus's figures
 * @param eventOf            the event of each of the story's articles
 * @param sourceOf           the independent source of each of the story's articles
 * @param storyOf            the story of each of the story's articles (this story)
 */
public record StoryParts(String story, List<Article> articles, List<Statement> statements,
                         List<Long> statementPositions, List<Figure> figures, List<Long> figurePositions,
                         Map<String, String> eventOf, Map<String, String> sourceOf, Map<String, String> storyOf)
        implements Serializable {

    /**
     * Makes the parts, keeping copies.
     *
     * @param story              the story's id
     * @param articles           its articles
     * @param statements         their statements
     * @param statementPositions the statements' places in the corpus
     * @param figures            their figures
     * @param figurePositions    the figures' places in the corpus
     * @param eventOf            event by article
     * @param sourceOf           source by article
     * @param storyOf            story by article
     */
    public StoryParts {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
        statementPositions = List.copyOf(statementPositions);
        figures = List.copyOf(figures);
        figurePositions = List.copyOf(figurePositions);
        eventOf = Map.copyOf(eventOf);
        sourceOf = Map.copyOf(sourceOf);
        storyOf = Map.copyOf(storyOf);
    }
}
