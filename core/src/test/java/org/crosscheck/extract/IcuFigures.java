package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.annotate.IcuAnnotator;
import org.crosscheck.model.Article;

/** The figures of a text in a language annotated without models (ICU4J), for the language tests. */
final class IcuFigures {

    private static final IcuAnnotator ICU = new IcuAnnotator();

    private IcuFigures() {
    }

    /** Finds the figures of a text of that language, sentence by sentence. */
    static List<FoundFigure> of(String language, String text) {
        Article a = new Article("a1", "t", null, null, null, null, null, language, text, List.of(), List.of(), null,
                List.of());
        FigureFinder finder = new FigureFinder(text, language);
        return ICU.annotate(a).sentences().stream().map(finder::find).flatMap(List::stream).toList();
    }
}
