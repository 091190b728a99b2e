package org.crosscheck.annotate;

import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;

/**
 * {@link Annotator} that sends each article to the annotator for its language: English, and an article of no
 * known language, to the one with models (CoreNLP's English), every other language to the one that needs none
 * ({@link IcuAnnotator}), so that no text is tagged by models of another language. A language is read from its
 * primary subtag ("en-GB" is English). The models load on the first article that needs them.
 */
public final class LanguageRouter implements Annotator {

    private final Set<String> modelled;
    private final Supplier<Annotator> withModels;
    private final Annotator withoutModels;

    /**
     * Creates the router.
     *
     * @param modelled      ISO 639-1 codes of the languages the models are for
     * @param withModels    supplies the annotator with models (called on each article it annotates, so it should
     *                      return one loaded instance, as {@link CoreNlpAnnotator#shared()} does)
     * @param withoutModels the annotator for every other language
     */
    public LanguageRouter(Set<String> modelled, Supplier<Annotator> withModels, Annotator withoutModels) {
        this.modelled = Set.copyOf(modelled);
        this.withModels = withModels;
        this.withoutModels = withoutModels;
    }

    /**
     * Returns the standard router: CoreNLP ({@link CoreNlpAnnotator#shared()}) for English, ICU for the rest.
     *
     * @return a new router over the shared CoreNLP
     */
    public static LanguageRouter standard() {
        return new LanguageRouter(Set.of("en"), CoreNlpAnnotator::shared, new IcuAnnotator());
    }

    @Override
    public Annotation annotate(Article article) {
        String language = primary(article.language());
        return language == null || modelled.contains(language) ? withModels.get().annotate(article)
                : withoutModels.annotate(article);
    }

    /** The primary subtag of a language tag, lower-cased, or null when there is none. */
    static String primary(String tag) {
        return org.crosscheck.pipeline.LanguageTags.primary(tag);
    }
}
