package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Annotation;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    private static final String TEXT = "Flood Warning Lifted\n\nThe river fell overnight. Officials said at least 12 homes"
            + " were damaged.\n\n“We are relieved,” the mayor told reporters.";

    private static Annotation annotate(String text) {
        return CoreNlpAnnotator.shared().annotate(Nlp.article("t", text));
    }

    @Test
    void tokenOffsetsResolveExactlyIntoTheText() {
        Annotation a = annotate(TEXT);
        for (Sentence s : a.sentences()) {
            assertThat(TEXT.substring(s.start(), s.end())).startsWith(s.tokens().get(0).word());
            for (Token t : s.tokens()) {
                assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
            }
        }
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutAFullStop() {
        Annotation a = annotate(TEXT);
        assertThat(a.sentences()).extracting(s -> TEXT.substring(s.start(), s.end())).containsExactly(
                "Flood Warning Lifted", "The river fell overnight.", "Officials said at least 12 homes were damaged.",
                "“We are relieved,” the mayor told reporters.");
    }

    @Test
    void numbersCarryTheirNormalisedValueWithTheHedge() {
        Token twelve = annotate(TEXT).sentences().get(2).tokens().stream().filter(t -> t.word().equals("12"))
                .findFirst().orElseThrow();
        assertThat(twelve.ner()).isEqualTo("NUMBER");
        assertThat(twelve.normalized()).isEqualTo(">=12.0");
        assertThat(twelve.lemma()).isEqualTo("12");
        assertThat(twelve.pos()).isEqualTo("CD");
    }

    @Test
    void onlySentencesWithSpeechOrQuotesAreParsed() {
        Annotation a = annotate(TEXT);
        assertThat(a.sentences()).extracting(Sentence::isParsed).containsExactly(false, false, true, true);
    }

    @Test
    void theParseNamesTheSubjectOfTheSpeechVerb() {
        Sentence s = annotate(TEXT).sentences().get(2);
        int said = indexOf(s, "said");
        assertThat(s.dependencies()).contains(new Dependency(said, indexOf(s, "Officials"), "nsubj"));
        assertThat(s.dependencies()).contains(new Dependency(-1, said, "root"));
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
