package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * {@link Annotator} on Stanford CoreNLP: tokenize, ssplit, pos, lemma and ner (the 3-class CRF with the
 * numeric classifiers, which give normalised numbers such as "&gt;=12.0", full dates and times; no
 * fine-grained NER and no SUTime, see {@link DateWords}), then the neural dependency parser only on the sentences a {@link ParsePolicy}
 * selects. Measured on news text (see the bench module): fine-grained NER costs 2.5 times the rest, and
 * parsing every sentence halves throughput, so parses are made only where speakers and claims are
 * resolved. A paragraph break (blank line) always ends a sentence. Load it once ({@link #shared()}); it
 * is thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** Annotators run on every sentence. */
    public static final String BASE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private static volatile CoreNlpAnnotator shared;
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;
    private final ParseSelector selector;

    private CoreNlpAnnotator(String annotators, ParsePolicy policy, Properties overrides) {
        Properties props = properties(annotators);
        props.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(props);
        this.parser = policy == ParsePolicy.NONE ? null : new StanfordCoreNLP(parserProperties());
        this.selector = new ParseSelector(policy);
    }

    /**
     * Returns the process-wide instance with the standard configuration ({@link #BASE_ANNOTATORS},
     * {@link ParsePolicy#SPEECH}), loading the models on first use (a few seconds, about 1 GB of heap).
     */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator a = shared;
        if (a == null) {
            synchronized (CoreNlpAnnotator.class) {
                a = shared;
                if (a == null) {
                    a = new CoreNlpAnnotator(BASE_ANNOTATORS, ParsePolicy.SPEECH, new Properties());
                    shared = a;
                }
            }
        }
        return a;
    }

    /**
     * Creates a separate instance, e.g. to measure what an annotator costs. Prefer {@link #shared()}.
     *
     * @param annotators CoreNLP annotator list, a prefix of {@link #BASE_ANNOTATORS} ("tokenize,ssplit,pos")
     * @param policy     which sentences to parse (parsing needs pos)
     * @return a new annotator with its own loaded models
     */
    public static CoreNlpAnnotator create(String annotators, ParsePolicy policy) {
        return new CoreNlpAnnotator(annotators, policy, new Properties());
    }

    /**
     * Creates a separate instance with CoreNLP properties changed, e.g. to measure an option's cost.
     *
     * @param annotators CoreNLP annotator list
     * @param policy     which sentences to parse
     * @param overrides  CoreNLP properties that replace the standard ones ("ner.useSUTime" …)
     * @return a new annotator with its own loaded models
     */
    public static CoreNlpAnnotator create(String annotators, ParsePolicy policy, Properties overrides) {
        return new CoreNlpAnnotator(annotators, policy, overrides);
    }

    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // the clean text separates paragraphs with a blank line; a heading has no full stop
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        // SUTime took 40% of annotation time (bench: ExtractionBenchmark --costs); the numeric classifiers
        // still tag numbers with hedges, full dates and times, and DateWords tags weekdays, months and years
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        // very long "sentences" (lists, tables) cost quadratic time and say nothing quotable
        p.setProperty("pos.maxlen", "150");
        p.setProperty("ner.maxlen", "150");
        return p;
    }

    private static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("depparse.maxlen", "100");
        return p;
    }

    @Override
    public Annotation annotate(Article article) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(article.text());
        pipeline.annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        parseSelected(article.text(), all);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : all) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel t : labels) {
                tokens.add(new Token(t.beginPosition(), t.endPosition(), t.originalText(), t.tag(), t.lemma(),
                        t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                    DateWords.tag(tokens), dependencies(s, labels.get(0).index())));
        }
        return new Annotation(article.id(), sentences);
    }

    /** Runs the parser over the selected sentences only, as one small document. */
    private void parseSelected(String text, List<CoreMap> sentences) {
        if (parser == null) {
            return;
        }
        List<CoreMap> selected = sentences.stream().filter(selector::wants).toList();
        if (selected.isEmpty()) {
            return;
        }
        edu.stanford.nlp.pipeline.Annotation part = new edu.stanford.nlp.pipeline.Annotation(text);
        part.set(CoreAnnotations.SentencesAnnotation.class, selected);
        parser.annotate(part);
    }

    private static List<Dependency> dependencies(CoreMap sentence, int firstIndex) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            out.add(new Dependency(-1, root.index() - firstIndex, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - firstIndex, e.getDependent().index() - firstIndex,
                    e.getRelation().toString()));
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }
}
