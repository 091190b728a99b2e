package org.crosscheck.extract.frame;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.pipeline.DataFiles;
import org.crosscheck.pipeline.LanguageTags;

/**
 * The frame words of a language read without lemmas or parts of speech, by word form: counted things
 * ({@code things-LANG.tsv}), what happened to them ({@code actions-LANG.tsv}), running-total words ({@code
 * cumulative-LANG.txt}) and day words ({@code days-LANG.tsv}, with CLDR's month and weekday names). Things and
 * actions are named as the English lexicon names them ("people", "soldier", "killed"), so that a French figure's
 * frame compares with an English one's. An entry is a stem that matches every word it begins ("bless" matches
 * "blessés"), or a word written "=word" that matches only itself; a phrase's words match one by one. Immutable;
 * one instance per language, made on first use.
 */
public final class WordFrames {

    private static final Map<String, Optional<WordFrames>> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** A listed word or phrase and what it names: a thing and its sort, an action class, or a day value. */
    record Entry(String[] stems, String name, String sort) {
    }

    private final List<Entry> things = new ArrayList<>();
    private final List<Entry> actions = new ArrayList<>();
    private final List<Entry> cumulative = new ArrayList<>();
    private final List<Entry> days = new ArrayList<>();
    private final Map<String, Integer> months = new HashMap<>();

    private WordFrames(String language) {
        rows("things-" + language + ".tsv").forEach(r -> things.add(entry(r[0], r[1], r.length > 2 ? r[2] : "")));
        rows("actions-" + language + ".tsv").forEach(r -> actions.add(entry(r[0], r[1], "")));
        rows("cumulative-" + language + ".txt").forEach(r -> cumulative.add(entry(r[0], "cumulative", "")));
        rows("days-" + language + ".tsv").forEach(r -> days.add(entry(r[0], r[1], "")));
        cldrNames(language);
    }

    /**
     * Tells whether the frames of a language's figures are read: English by its lexicon ({@link FrameLexicon}),
     * another language when its frame words exist ({@code things-LANG.tsv} beside this class).
     *
     * @param language an ISO 639-1 code or language tag; null is taken as English
     * @return true when its figures get frames that tell quantities apart
     */
    public static boolean isFramed(String language) {
        String primary = LanguageTags.primary(language);
        return primary == null || primary.equals("en") || of(primary).isPresent();
    }

    /**
     * Returns the frame words of a language other than English.
     *
     * @param language an ISO 639-1 code or language tag, may be null
     * @return its words, or empty for English (read by {@link FrameLexicon}), none given or a language without them
     */
    static Optional<WordFrames> of(String language) {
        String primary = LanguageTags.primary(language);
        if (primary == null || primary.equals("en") || !primary.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        return BY_LANGUAGE.computeIfAbsent(primary, l -> WordFrames.class.getResource("things-" + l + ".tsv") == null
                ? Optional.empty() : Optional.of(new WordFrames(l)));
    }

    /** Returns the counted things, in the file's order. */
    List<Entry> things() {
        return things;
    }

    /** Returns the words of what happened, in the file's order. */
    List<Entry> actions() {
        return actions;
    }

    /** Returns the words that make a figure a running total. */
    List<Entry> cumulative() {
        return cumulative;
    }

    /** Returns the day words: weekdays ("W1" Monday … "W7") and days counted from the article's ("OFFSET-1"). */
    List<Entry> days() {
        return days;
    }

    /**
     * Returns the month a word names.
     *
     * @param word a lower-case word
     * @return the month, 1 to 12, or null when it names none
     */
    Integer month(String word) {
        return months.get(word);
    }

    /**
     * Tells whether an entry's words start at token j of a sentence's words.
     *
     * @param words the sentence's words, lower case
     * @param j     the token to try
     * @param e     the entry
     * @return true when every stem of the entry matches in order from j
     */
    static boolean matches(List<String> words, int j, Entry e) {
        if (j < 0 || j + e.stems().length > words.size()) {
            return false;
        }
        for (int k = 0; k < e.stems().length; k++) {
            String word = words.get(j + k);
            String stem = e.stems()[k];
            if (stem.startsWith("=") ? !word.equals(stem.substring(1)) : !word.startsWith(stem)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Month names and weekday names (nominative, as CLDR gives them; the data file adds other cases), so that
     * "3 novembre" and "mardi" are read as the annotator tagged them.
     */
    private void cldrNames(String language) {
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(language));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] names = symbols.getMonths(context, DateFormatSymbols.WIDE);
            for (int m = 0; m < names.length && m < 12; m++) {
                months.put(names[m].toLowerCase(Locale.ROOT), m + 1);
            }
            String[] weekdays = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
            for (int d = 1; d < weekdays.length; d++) {
                // CLDR counts from Sunday (1); ISO from Monday (1)
                int iso = d == 1 ? 7 : d - 1;
                days.add(entry("=" + weekdays[d].toLowerCase(Locale.ROOT), "W" + iso, ""));
            }
        }
    }

    private static Entry entry(String stems, String name, String sort) {
        return new Entry(stems.strip().toLowerCase(Locale.ROOT).split(" "), name.strip(),
                sort.isBlank() ? null : sort.strip());
    }

    private static List<String[]> rows(String name) {
        return DataFiles.rows(WordFrames.class, name);
    }
}
