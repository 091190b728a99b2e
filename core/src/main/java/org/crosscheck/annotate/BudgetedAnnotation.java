package org.crosscheck.annotate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.Budgets;

/**
 * Annotates an article within its {@link Budgets}: only the first {@code maxAnnotatedChars} of the text (cut
 * at a paragraph break where there is one), and a long text in pieces of whole paragraphs, stopping between
 * pieces once the time budget is spent. Each piece's offsets are moved to where it stands in the text, so the
 * annotation indexes the whole text like any other. Sentences never cross a blank line
 * ({@code ssplit.newlineIsSentenceBreak=two}), so pieces cut there annotate as the whole would; a text
 * within one piece goes to the annotator whole, exactly as without budgets.
 */
final class BudgetedAnnotation {

    /** Characters annotated in one call: some three seconds of CoreNLP, so a budget is overrun by about that. */
    static final int PIECE_CHARS = 20_000;
    private final Budgets budgets;
    private final int pieceChars;

    /**
     * What annotating one article gave.
     *
     * @param annotation the annotation (of the part of the text within budget)
     * @param warnings   the budgets the article went over, in the user's words; empty when none
     */
    record Result(Annotation annotation, List<String> warnings) {
    }

    BudgetedAnnotation(Budgets budgets) {
        this(budgets, PIECE_CHARS);
    }

    BudgetedAnnotation(Budgets budgets, int pieceChars) {
        this.budgets = budgets;
        this.pieceChars = pieceChars;
    }

    Result annotate(Annotator annotator, Article article) {
        long start = System.nanoTime();
        String text = article.text();
        int limit = text.length() <= budgets.maxAnnotatedChars() ? text.length()
                : breakBefore(text, 0, budgets.maxAnnotatedChars());
        List<String> warnings = new ArrayList<>();
        if (limit < text.length()) {
            warnings.add(String.format(Locale.ROOT, "the text is %,d characters, over the %,d analysed per "
                    + "article: the first %,d were analysed, the rest is kept in the text but no sentence, name, "
                    + "statement or figure is found there", text.length(), budgets.maxAnnotatedChars(), limit));
        }
        if (limit <= pieceChars) {
            Article within = limit == text.length() ? article : article.withText(text.substring(0, limit),
                    article.removed());
            return new Result(new Annotation(article.id(), annotator.annotate(within).sentences()), warnings);
        }
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        while (from < limit) {
            int to = limit - from <= pieceChars ? limit : breakBefore(text, from, from + pieceChars);
            if (to <= from) {
                to = Math.min(limit, from + pieceChars);
            }
            Annotation piece = annotator.annotate(article.withText(text.substring(from, to), article.removed()));
            for (Sentence s : piece.sentences()) {
                sentences.add(shifted(s, sentences.size(), from));
            }
            from = to;
            Duration spent = Duration.ofNanos(System.nanoTime() - start);
            if (from < limit && spent.compareTo(budgets.perArticle()) > 0) {
                warnings.add(String.format(Locale.ROOT, "annotation stopped at its time budget of %s after %,d "
                        + "of %,d characters; the rest is kept in the text but no sentence, name, statement or "
                        + "figure is found there", Budgets.seconds(budgets.perArticle()), from, text.length()));
                break;
            }
        }
        return new Result(new Annotation(article.id(), sentences), warnings);
    }

    private static Sentence shifted(Sentence s, int index, int by) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            tokens.add(new Token(t.start() + by, t.end() + by, t.word(), t.pos(), t.lemma(), t.ner(), t.normalized()));
        }
        return new Sentence(index, s.start() + by, s.end() + by, tokens, s.dependencies());
    }

    /**
     * Where to end a piece that may reach {@code max}: at the last paragraph break in its second half, else
     * the last line break, sentence end or space there, else at {@code max}.
     */
    static int breakBefore(String text, int from, int max) {
        int floor = from + (max - from) / 2;
        int at = text.lastIndexOf("\n\n", max - 2);
        if (at >= floor) {
            return at;
        }
        at = text.lastIndexOf('\n', max - 1);
        if (at >= floor) {
            return at;
        }
        at = text.lastIndexOf(". ", max - 2);
        if (at >= floor) {
            return at + 1;
        }
        for (int i = max - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // no break at all: cut between characters, not inside a surrogate pair
        return max > from + 1 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }
}
