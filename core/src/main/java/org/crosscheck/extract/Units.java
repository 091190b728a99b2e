package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units figures are measured in, read once from {@code units-en.tsv} and {@code currencies-en.tsv}: each
 * unit's name as written to the dossier ("square kilometres", "USD"), its base unit and the factor to it, so that
 * "2,600 square kilometres" and "1,000 square miles" can be told to be one quantity. A rate is written
 * "{unit} per {unit}" ("EUR per tonne", "CAD per month") and converts part by part. Currencies are their own base
 * (no exchange rates). Another language's names of units and currencies are added for its articles ({@link
 * #written(String)}).
 */
public final class Units {

    /**
     * A unit of measure.
     *
     * @param name      the name written to figures ("kilometres", "percent", "USD")
     * @param base      the base unit of its dimension ("km", "ratio", "USD")
     * @param factor    a value in this unit times the factor is the value in the base unit
     * @param dimension what it measures ("length", "area", "currency" …)
     */
    public record Unit(String name, String base, double factor, String dimension) {
    }

    /** A written form of a unit: {@code before} when it may stand before the number ("magnitude 6.1"). */
    record Surface(String text, Unit unit, boolean before, boolean caseSensitive) {
    }

    private static final Comparator<Surface> LONGEST_FIRST =
            Comparator.comparingInt((Surface s) -> s.text().length()).reversed();
    private static final Map<String, Unit> BY_NAME = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Unit> BY_SURFACE = new HashMap<>();
    private static final List<Surface> MEASURES = new ArrayList<>();
    private static final List<Surface> CURRENCIES = new ArrayList<>();
    /** English's written forms and another language's beside them, by language, made on first use. */
    private static final Map<String, Written> FOREIGN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The written forms of units in one language, longest first.
     *
     * @param measures   units of measure ("5 kg", "40 гектарів")
     * @param currencies currency symbols, codes and names ("$5", "2 millions d'euros")
     */
    record Written(List<Surface> measures, List<Surface> currencies) {
    }

    static {
        for (String[] r : FigureData.rows("units-en.tsv")) {
            Unit u = new Unit(r[1], r[2], Double.parseDouble(r[3]), r[4]);
            BY_NAME.putIfAbsent(u.name(), u);
            BY_SURFACE.putIfAbsent(r[0].toLowerCase(Locale.ROOT), u);
            MEASURES.add(new Surface(r[0], u, r.length > 5 && r[5].equals("before"),
                    !r[0].equals(r[0].toLowerCase(Locale.ROOT))));
        }
        CURRENCIES.addAll(currencySurfaces("en"));
        MEASURES.sort(LONGEST_FIRST);
        CURRENCIES.sort(LONGEST_FIRST);
    }

    private static List<Surface> currencySurfaces(String language) {
        List<Surface> out = new ArrayList<>();
        for (String[] r : FigureData.rows("currencies-" + language + ".tsv")) {
            Unit u = new Unit(r[1], r[1], 1, "currency");
            BY_NAME.putIfAbsent(u.name(), u);
            out.add(new Surface(r[0], u, false, !r[0].equals(r[0].toLowerCase(Locale.ROOT))));
        }
        return out;
    }

    private Units() {
    }

    /**
     * Looks a unit up by the name figures carry.
     *
     * @param name a unit name ("square miles", "EUR"); a rate's first part only
     * @return the unit, or empty when unknown
     */
    public static Optional<Unit> of(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The base unit of a figure's unit: "km²" for "square miles", "km/h" for "mph", "EUR per kg" for
     * "EUR per tonne".
     *
     * @param unit a figure's unit, may be null
     * @return the base unit, or the unit itself when unknown, or null for null
     */
    public static String base(String unit) {
        if (unit == null) {
            return null;
        }
        String[] parts = unit.split(" per ", 2);
        String num = of(parts[0]).map(Unit::base).orElse(parts[0]);
        return parts.length == 1 ? num : num + " per " + per(parts[1]).map(Unit::base).orElse(parts[1]);
    }

    /**
     * Converts a value to its unit's base: 1,000 "square miles" is 2,589.988 km²; 12.5 "EUR per tonne" is
     * 0.0125 EUR per kg. Values of unknown units and counts (null unit) stay as they are.
     *
     * @param value the value, may be null
     * @param unit  its unit, may be null
     * @return the value in the base unit ({@link #base(String)}), or null for null
     */
    public static Double toBase(Double value, String unit) {
        if (value == null || unit == null) {
            return value;
        }
        String[] parts = unit.split(" per ", 2);
        double v = value * of(parts[0]).map(Unit::factor).orElse(1.0);
        return parts.length == 1 ? v : v / per(parts[1]).map(Unit::factor).orElse(1.0);
    }

    /**
     * Tells whether two units measure the same thing, so that their values can be compared in the base unit.
     *
     * @param a a unit, may be null (a count)
     * @param b another, may be null
     * @return true when both are counts or share a base unit
     */
    public static boolean comparable(String a, String b) {
        return a == null ? b == null : b != null && base(a).equals(base(b));
    }

    /** The unit of a rate's second part, named by any of its written forms ("tonne", "month"). */
    private static Optional<Unit> per(String surface) {
        Unit u = BY_SURFACE.get(surface.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(u == null ? BY_NAME.get(surface) : u);
    }

    /**
     * Written forms of units in a language: English's and, when the language has them, its own names of units
     * ({@code units-LANG.tsv}: surface and the English unit name, "гектарів" hectares) and currencies ({@code
     * currencies-LANG.tsv}: "d'euros", "Dollar", "гривень").
     *
     * @param language an ISO 639-1 code or language tag, may be null (English)
     * @return the surfaces, longest first
     */
    static Written written(String language) {
        String primary = org.crosscheck.pipeline.LanguageTags.primary(language);
        if (primary == null || primary.equals("en") || !primary.matches("[a-z]{2,3}")) {
            return new Written(MEASURES, CURRENCIES);
        }
        return FOREIGN.computeIfAbsent(primary, l -> new Written(
                merged(MEASURES, exists("units-" + l + ".tsv") ? measureSurfaces(l) : List.of()),
                merged(CURRENCIES, exists("currencies-" + l + ".tsv") ? currencySurfaces(l) : List.of())));
    }

    private static boolean exists(String name) {
        return FigureData.class.getResource(name) != null;
    }

    private static List<Surface> merged(List<Surface> english, List<Surface> own) {
        List<Surface> both = new ArrayList<>(english);
        both.addAll(own);
        both.sort(LONGEST_FIRST);
        return List.copyOf(both);
    }

    /** A language's names of units that English's file defines: surface and the English unit's name. */
    private static List<Surface> measureSurfaces(String language) {
        List<Surface> out = new ArrayList<>();
        for (String[] r : FigureData.rows("units-" + language + ".tsv")) {
            Unit u = BY_NAME.get(r[1]);
            if (u == null) {
                throw new IllegalStateException("units-" + language + ".tsv: no English unit named " + r[1]);
            }
            out.add(new Surface(r[0], u, false, !r[0].equals(r[0].toLowerCase(Locale.ROOT))));
        }
        return out;
    }
}
