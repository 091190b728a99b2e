package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.testing.Nlp;
import org.crosscheck.testing.NotingProgress;
import org.junit.jupiter.api.Test;

class BudgetedAnnotationTest {

    /** One sentence per paragraph, one token per word: enough to check offsets and where annotation stops. */
    static final class Words implements Annotator {
        final AtomicInteger calls = new AtomicInteger();
        final long sleepMillis;

        Words(long sleepMillis) {
            this.sleepMillis = sleepMillis;
        }

        @Override
        public Annotation annotate(Article article) {
            calls.incrementAndGet();
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String text = article.text();
            List<Sentence> sentences = new ArrayList<>();
            Matcher paragraph = Pattern.compile("[^\n]+").matcher(text);
            while (paragraph.find()) {
                List<Token> tokens = new ArrayList<>();
                Matcher word = Pattern.compile("\\S+").matcher(paragraph.group());
                while (word.find()) {
                    int s = paragraph.start() + word.start();
                    tokens.add(new Token(s, s + word.group().length(), word.group(), "NN", word.group(), "O", null));
                }
                sentences.add(new Sentence(sentences.size(), paragraph.start(), paragraph.end(), tokens, List.of()));
            }
            return new Annotation(article.id(), sentences);
        }
    }

    /** Paragraphs of about 60 characters, numbered so that each is told apart. */
    private static String paragraphs(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append(i == 1 ? "" : "\n\n").append("Paragraph ").append(i).append(" says the council met on Tuesday.");
        }
        return out.toString();
    }

    @Test
    void aLongTextIsAnnotatedInPiecesWhoseOffsetsIndexTheWholeTextAsOneCallWould() {
        String text = paragraphs(40);
        Article article = Nlp.article("a1", text);
        Words words = new Words(0);
        BudgetedAnnotation.Result pieces = new BudgetedAnnotation(Budgets.DEFAULT, 300).annotate(words, article);

        assertThat(words.calls.get()).isGreaterThan(5);
        assertThat(pieces.warnings()).isEmpty();
        assertThat(pieces.annotation().article()).isEqualTo("a1");
        assertThat(pieces.annotation().sentences()).isEqualTo(new Words(0).annotate(article).sentences());
        for (Sentence s : pieces.annotation().sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
            }
        }
    }

    @Test
    void textOverTheCapIsKeptButNotAnnotatedAndTheArticleIsWarned() {
        String text = paragraphs(100);
        Article article = Nlp.article("a1", text);
        Corpus corpus = Corpus.of(List.of(article), List.of());
        NotingProgress progress = new NotingProgress();
        Corpus done = new AnnotateStage(() -> new Words(0), 2, new Budgets(1_000, Duration.ofMinutes(1)))
                .apply(corpus, progress);

        Article warned = done.article("a1");
        assertThat(warned.text()).isEqualTo(text);
        assertThat(warned.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("the text is " + String.format(java.util.Locale.ROOT, "%,d", text.length())
                        + " characters, over the 1,000 analysed per article: the first ")
                .contains("the rest is kept in the text"));
        List<Sentence> sentences = done.annotations().get("a1").sentences();
        int last = sentences.get(sentences.size() - 1).end();
        assertThat(last).isLessThanOrEqualTo(1_000).isGreaterThan(900);
        // cut at a paragraph break, so the last annotated paragraph is whole
        assertThat(text.substring(last)).startsWith("\n\nParagraph ");
        assertThat(progress.notes()).singleElement().satisfies(n -> assertThat(n).startsWith("a1.txt: the text is"));
    }

    @Test
    void annotationStopsBetweenPiecesOnceTheTimeBudgetIsSpent() {
        String text = paragraphs(100);
        Words slow = new Words(150);
        long start = System.nanoTime();
        BudgetedAnnotation.Result r = new BudgetedAnnotation(new Budgets(1_000_000, Duration.ofMillis(400)), 300)
                .annotate(slow, Nlp.article("a1", text));
        long millis = (System.nanoTime() - start) / 1_000_000;

        // 100 paragraphs in pieces of 300 characters are some 20 calls; the budget allows three
        assertThat(slow.calls.get()).isBetween(3, 5);
        assertThat(millis).isLessThan(2_000);
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("annotation stopped at its time budget of 0.4 s after ")
                .endsWith("the rest is kept in the text but no sentence, name, statement or figure is found there"));
        int annotated = r.annotation().sentences().get(r.annotation().sentences().size() - 1).end();
        assertThat(annotated).isLessThan(text.length() / 4);
    }

    @Test
    void piecesAreCutAtParagraphsThenLinesThenSentencesThenSpaces() {
        assertThat(BudgetedAnnotation.breakBefore("aaaaaa\n\nbb cc", 0, 10)).isEqualTo(6);
        assertThat(BudgetedAnnotation.breakBefore("aaaaaaa\nbbb cc", 0, 10)).isEqualTo(7);
        assertThat(BudgetedAnnotation.breakBefore("aaaaaa. bb cc", 0, 10)).isEqualTo(7);
        assertThat(BudgetedAnnotation.breakBefore("aaaaaaaa bbbb", 0, 10)).isEqualTo(8);
        assertThat(BudgetedAnnotation.breakBefore("aaaaaaaaaaaaa", 0, 10)).isEqualTo(10);
        // never inside a surrogate pair
        assertThat(BudgetedAnnotation.breakBefore("aaaaaaaaa\uD83D\uDE00aa", 0, 10)).isEqualTo(9);
    }

    @Test
    void coreNlpGivesTheSameSentencesInPiecesAsInOneCall() {
        String text = "Flood Warning Lifted\n\nThe river fell overnight. Officials said at least 12 homes were "
                + "damaged.\n\n“We are relieved,” the mayor told reporters on Tuesday.\n\nThe council will meet "
                + "again in March, said Ann Smith of the Water Board.";
        Article article = Nlp.article("a1", text);
        Annotation whole = CoreNlpAnnotator.shared().annotate(article);
        AtomicInteger calls = new AtomicInteger();
        Annotator counted = a -> {
            calls.incrementAndGet();
            return CoreNlpAnnotator.shared().annotate(a);
        };
        BudgetedAnnotation.Result pieces = new BudgetedAnnotation(Budgets.DEFAULT, 150).annotate(counted, article);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(whole.sentences()).hasSize(5);
        assertThat(pieces.annotation().sentences()).isEqualTo(whole.sentences());
    }
}
