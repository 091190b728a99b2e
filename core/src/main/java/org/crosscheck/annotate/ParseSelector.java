package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.extract.SpeechVerbs;

/**
 * Decides whether a tagged sentence is worth a dependency parse under a {@link ParsePolicy}: it holds a
 * verb of speaking or claiming (the parse finds its subject), or (for {@link ParsePolicy#SPEECH_AND_NUMBERS})
 * a number. A quotation without such a verb, "according to X", or a verb whose speaker the words name ("Marsh
 * said", "…,” said Marsh") needs no parse.
 * Input: a CoreNLP sentence after pos, lemma and ner.
 */
final class ParseSelector {

    /**
     * Lemmas of verbs that attribute speech or a claim: the speech cues of the extractors' lexicon
     * ({@code org/crosscheck/extract/cues-en.tsv}), without findings ("found", "showed"), whose source the
     * words before them name.
     */
    static final Set<String> SPEECH_LEMMAS = SpeechVerbs.english();
    private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final ParsePolicy policy;

    ParseSelector(ParsePolicy policy) {
        this.policy = policy;
    }

    /**
     * Tells whether to parse a sentence.
     *
     * @param sentence a CoreNLP sentence with tokens, tags, lemmas and NER
     * @return true when the policy asks for its parse
     */
    boolean wants(CoreMap sentence) {
        return switch (policy) {
            case NONE -> false;
            case ALL -> true;
            case SPEECH -> speech(sentence.get(CoreAnnotations.TokensAnnotation.class));
            case SPEECH_AND_NUMBERS -> speech(sentence.get(CoreAnnotations.TokensAnnotation.class))
                    || numbers(sentence.get(CoreAnnotations.TokensAnnotation.class));
        };
    }

    private static boolean speech(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String word = t.word();
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (t.tag() != null && t.tag().startsWith("VB") && SPEECH_LEMMAS.contains(lemma)
                    && !namedByWords(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words name the cue's speaker without a parse: a proper noun or a personal pronoun right before it
     * ("Marsh said", "she has also said"), or right after it behind a quotation or a comma ("…,” said Marsh",
     * "…,” said he"). The parse only finds a subject the words do not, so these sentences need none.
     */
    private static boolean namedByWords(List<CoreLabel> tokens, int cue) {
        int before = cue - 1;
        while (before >= 0 && skippable(tokens.get(before))) {
            before--;
        }
        if (before >= 0 && names(tokens.get(before))) {
            return true;
        }
        boolean inverted = cue > 0
                && (",".equals(tokens.get(cue - 1).word()) || "''".equals(tokens.get(cue - 1).tag()));
        return inverted && cue + 1 < tokens.size() && names(tokens.get(cue + 1));
    }

    /** An adverb, a modal or a form of "have" between a speaker and the verb ("has repeatedly said"). */
    private static boolean skippable(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return tag.startsWith("RB") || tag.equals("MD") || "have".equalsIgnoreCase(t.lemma());
    }

    /** A proper noun or personal pronoun, but not a date or time ("The ministry on Monday said" needs the parse). */
    private static boolean names(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        boolean time = t.ner() != null && TIMES.contains(t.ner());
        return (tag.equals("NNP") || tag.equals("NNPS") || tag.equals("PRP")) && !time;
    }


    private static boolean numbers(List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> NUMERIC.contains(t.ner()));
    }
}
