package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.crosscheck.model.Article;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Figure;

/**
 * Lays out figure comparisons for a reader, one row per quantity: each row holds its reports (a figure with
 * its article), a unit restatement folded into the report it restates, reports in date order. Rows of
 * quantities that two or more independent sources report ({@link Row#corroborable()}) come before the
 * single-source ones. Every view (Markdown, HTML, the web UI) renders these rows; none of them re-judges.
 */
public final class QuantityRows {

    private QuantityRows() {
    }

    /**
     * One report of a quantity: a figure as written in its article, with its restatements in other units.
     *
     * @param figure  the figure
     * @param article its article, or null when not known
     * @param written the figure's text span as written ("at least 2,600 square kilometres"), or its amount
     *                when the span cannot be read
     * @param aliases the same report restated in other units, as written ("1,000 square miles")
     */
    public record Report(Figure figure, Article article, String written, List<String> aliases) {

        /** Makes the list immutable. */
        public Report {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * One quantity: its comparison and its reports.
     *
     * @param comparison the comparison (topic, verdict, note, quantity)
     * @param reports    its reports in date order, restatements folded in
     */
    public record Row(Comparison comparison, List<Report> reports) {

        /** Makes the list immutable. */
        public Row {
            reports = List.copyOf(reports);
        }

        /**
         * Tells whether two or more independent sources report this quantity (any verdict but "single").
         *
         * @return true when the sources can agree or differ on it
         */
        public boolean corroborable() {
            return comparison.verdict() != null && !"single".equals(comparison.verdict());
        }
    }

    /**
     * Makes the rows of the figure comparisons among {@code comparisons} (statement comparisons are skipped),
     * corroborable quantities first, each group in the given order.
     *
     * @param comparisons the comparisons, e.g. those of one event
     * @param figure      finds a figure by id (null when missing)
     * @param article     finds an article by id (null when missing)
     * @return the rows
     */
    public static List<Row> of(List<Comparison> comparisons, Function<String, Figure> figure,
                               Function<String, Article> article) {
        List<Row> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            if (!c.figures().isEmpty()) {
                rows.add(row(c, c.figures().stream().map(figure).filter(Objects::nonNull).toList(), article));
            }
        }
        List<Row> ordered = new ArrayList<>(rows.stream().filter(Row::corroborable).toList());
        ordered.addAll(rows.stream().filter(r -> !r.corroborable()).toList());
        return ordered;
    }

    /**
     * Makes one row from a comparison and its figures.
     *
     * @param c       the comparison
     * @param figures its figures, found
     * @param article finds an article by id (null when missing)
     * @return the row
     */
    public static Row row(Comparison c, List<Figure> figures, Function<String, Article> article) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.aliasOf() != null) {
                aliases.computeIfAbsent(f.aliasOf(), k -> new ArrayList<>()).add(written(f, article.apply(f.article())));
            }
        }
        List<String> ids = figures.stream().map(Figure::id).toList();
        List<Report> reports = new ArrayList<>();
        for (Figure f : figures) {
            if (f.aliasOf() == null || !ids.contains(f.aliasOf())) {
                Article a = article.apply(f.article());
                reports.add(new Report(f, a, written(f, a), aliases.getOrDefault(f.id(), List.of())));
            }
        }
        reports.sort(Comparator.comparing(r -> date(r.article())));
        return new Row(c, reports);
    }

    /**
     * Says a figure as its article writes it: the text of its span (hedge, number and unit as written).
     *
     * @param f the figure
     * @param a its article, or null
     * @return the span's text with line breaks folded, or the figure's amount when the span cannot be read
     */
    public static String written(Figure f, Article a) {
        String text = a == null ? null : a.text();
        if (text == null || f.start() < 0 || f.end() > text.length() || f.start() >= f.end()) {
            return DossierIndex.amount(f);
        }
        return text.substring(f.start(), f.end()).replaceAll("\\s+", " ").trim();
    }

    private static String date(Article a) {
        if (a == null) {
            return "~";
        }
        String d = a.published() != null ? a.published() : a.retrieved();
        return d == null ? "~" : d;
    }
}
