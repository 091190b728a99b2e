package org.crosscheck.annotate;

import java.util.regex.Pattern;
import org.crosscheck.model.Article;

/**
 * Decides an article's language from what its input states (a feed's, the page's markup, a JSON Lines field) and what
 * its text reads as ({@link LanguageIdentifier}). A stated language is often a site template's and wrong (about one
 * page in 25 of the trafilatura and AEB sets; English text under {@code lang="de"} would go to an annotator without
 * models), while the identifier is right on 99 % of articles: so on a text of at least {@value #TRUSTED_LETTERS}
 * letters the identified language wins, and a disagreement with a language tag is one warning (a stated value that
 * is no tag, "lang=" or "Deutsch, German", is replaced silently); on a shorter text the stated one wins, else the
 * identified one.
 */
final class ArticleLanguage {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*");

    /** Letters from which the text's own language overrules the stated one. */
    static final int TRUSTED_LETTERS = 200;

    private ArticleLanguage() {
    }

    /**
     * Gives an article its language.
     *
     * @param article    the article, with the language its input states or null
     * @param identifier tells the text's language
     * @return the article with its language (unchanged when the stated one stands), and a warning when the text
     *         overruled the stated language
     */
    static Article decide(Article article, LanguageIdentifier identifier) {
        String stated = article.language();
        if (stated != null && !stated.isBlank() && !longEnough(article.text())) {
            return article;
        }
        String read = identifier.identify(article.text());
        if (read == null || read.equals(LanguageRouter.primary(stated))) {
            return article;
        }
        if (stated == null || !TAG.matcher(stated.strip()).matches()) {
            return article.withLanguage(read); // none, or no language tag at all ("lang=", "Deutsch, German")
        }
        return article.withLanguage(read).withWarning("the input states language '" + stated
                + "' but the text reads as '" + read + "': analysed as '" + read + "'");
    }

    private static boolean longEnough(String text) {
        return text.codePoints().limit(LanguageIdentifier.SAMPLE_CHARS).filter(Character::isLetter)
                .limit(TRUSTED_LETTERS).count() >= TRUSTED_LETTERS;
    }
}
