package org.crosscheck.pipeline;

import java.util.Locale;

/** Language tags as the stages key their per-language data: the primary subtag ("de" for "de-AT", "en_GB"). */
public final class LanguageTags {

    private LanguageTags() {
    }

    /**
     * Returns the primary subtag of a language tag.
     *
     * @param tag a language tag or ISO 639-1 code, may be null
     * @return the primary subtag, lower-cased, or null when the tag is null or blank
     */
    public static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
