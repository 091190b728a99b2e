package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * {@link Annotator} on Stanford CoreNLP: tokenize, ssplit, pos, lemma and ner (coarse classes with the
 * numeric classifiers and SUTime, which give normalised numbers such as "&gt;=12.0" and dates). No parse,
 * coreference or quote annotators: measured on news text they cost three to seven times the time of
 * the rest, and the extractors get speakers and figures from tokens and tags (see the README's
 * benchmark section). A paragraph break (blank line) always ends a sentence. Load it once
 * ({@link #shared()}); it is thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static volatile CoreNlpAnnotator shared;
    private final StanfordCoreNLP pipeline;

    private CoreNlpAnnotator(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Returns the process-wide instance, loading the models on first use (a few seconds, about 1 GB). */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator a = shared;
        if (a == null) {
            synchronized (CoreNlpAnnotator.class) {
                a = shared;
                if (a == null) {
                    a = new CoreNlpAnnotator(properties());
                    shared = a;
                }
            }
        }
        return a;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("pos.maxlen", "150");
        p.setProperty("ner.maxlen", "150");
        return p;
    }

    @Override
    public Annotation annotate(Article article) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(article.text());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.beginPosition(), t.endPosition(), t.originalText(), t.tag(), t.lemma(),
                        t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                        tokens.get(tokens.size() - 1).end(), tokens, List.of()));
            }
        }
        return new Annotation(article.id(), sentences);
    }
}
