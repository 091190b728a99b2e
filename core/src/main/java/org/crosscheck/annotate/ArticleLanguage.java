package org.crosscheck.annotate;

import org.crosscheck.model.Article;

/**
 * Decides an article's language from what its input states (a feed's, the page's markup, a JSON Lines field) and what
 * its text reads as ({@link LanguageIdentifier}). A stated language is often a site template's and wrong (about one
 * page in 25 of the trafilatura and AEB sets; English text under {@code lang="de"} would go to an annotator without
 * models), while the identifier is right on 99 % of articles: so on a text of at least {@value #TRUSTED_LETTERS}
 * letters the identified language wins, and a disagreement is one warning; on a shorter text the stated one wins,
 * else the identified one.
 */
final class ArticleLanguage {

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
        if (stated == null || stated.isBlank()) {
            return article.withLanguage(read);
        }
        return article.withLanguage(read).withWarning("the input states language '" + stated
                + "' but the text reads as '" + read + "': analysed as '" + read + "'");
    }

    private static boolean longEnough(String text) {
        return text.codePoints().limit(LanguageIdentifier.SAMPLE_CHARS).filter(Character::isLetter)
                .limit(TRUSTED_LETTERS).count() >= TRUSTED_LETTERS;
    }
}
