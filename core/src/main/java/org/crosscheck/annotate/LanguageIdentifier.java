package org.crosscheck.annotate;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.crosscheck.pipeline.DataFiles;

/**
 * Tells the language of a text with Lingua (n-gram models shipped in its jar), choosing among the languages of
 * {@code languages.txt} beside this class. The models are loaded once, in Lingua's low-accuracy mode (trigrams
 * only): on paragraphs and articles it is as accurate as the full mode (bench: {@code LanguageIdBenchmark}, 100 %
 * of 160 paragraphs, 99.4 % of 537 pages: two too short to tell, one sentence of Spanish taken for Portuguese) with a
 * twentieth of its memory (33 MB against 600 MB) and a fifteenth of its load time; only on fragments of a few words
 * is the full mode better. Only the first {@link #SAMPLE_CHARS} characters of a text are read: an article's language
 * is plain long before that. Deterministic and thread-safe.
 */
public final class LanguageIdentifier {

    /** How much of a text is read, in characters. */
    public static final int SAMPLE_CHARS = 2_000;
    /** Fewer letters than this tell nothing reliable; such a text gets no language. */
    public static final int MIN_LETTERS = 12;

    private static volatile LanguageIdentifier shared;
    private final LanguageDetector detector;

    private LanguageIdentifier(boolean lowAccuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes())
                .withPreloadedLanguageModels();
        this.detector = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
    }

    /**
     * Returns the process-wide identifier (low-accuracy mode), loading Lingua's models on first use (about a
     * second).
     *
     * @return the shared identifier
     */
    public static LanguageIdentifier shared() {
        LanguageIdentifier i = shared;
        if (i == null) {
            synchronized (LanguageIdentifier.class) {
                i = shared;
                if (i == null) {
                    i = new LanguageIdentifier(true);
                    shared = i;
                }
            }
        }
        return i;
    }

    /**
     * Creates a separate identifier, e.g. to measure one mode against the other. Prefer {@link #shared()}.
     *
     * @param lowAccuracy true for Lingua's low-accuracy mode (trigrams), false for all its n-gram models
     * @return a new identifier with its own detector
     */
    public static LanguageIdentifier create(boolean lowAccuracy) {
        return new LanguageIdentifier(lowAccuracy);
    }

    /**
     * Tells a text's language.
     *
     * @param text the text, any length (only its beginning is read)
     * @return the ISO 639-1 code of one of the configured languages, or null when the text has too few letters
     *         or Lingua cannot decide
     */
    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return null;
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static IsoCode639_1[] codes() {
        return DataFiles.rows(LanguageIdentifier.class, "languages.txt").stream()
                .map(row -> IsoCode639_1.valueOf(row[0].toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
    }
}
