package org.crosscheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.group.Independence;
import org.crosscheck.model.Article;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;

/** Lookups over a dossier that the human-readable writers share: by id, and by article. */
final class DossierIndex {

    final Dossier dossier;
    final Map<String, Article> articles;
    final Map<String, Figure> figures;
    final Map<String, Statement> statements;
    private final Map<String, String> sources;

    DossierIndex(Dossier dossier) {
        this.dossier = dossier;
        this.articles = byId(dossier.articles(), Article::id);
        this.figures = byId(dossier.figures(), Figure::id);
        this.statements = byId(dossier.statements(), Statement::id);
        this.sources = Independence.sourceOf(dossier.articles(), dossier.copies());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * "Reported by 3 outlets, 1 independent source": outlets of an event's articles, and its sources once
     * copies are counted with what they copy.
     */
    String reach(List<String> articleIds) {
        long outlets = articleIds.stream().map(this::outlet).distinct().count();
        long independent = articleIds.stream().map(a -> sources.getOrDefault(a, a)).distinct().count();
        return "Reported by " + outlets + (outlets == 1 ? " outlet" : " outlets") + ", " + independent
                + (independent == 1 ? " independent source" : " independent sources");
    }

    String outlet(String articleId) {
        Article a = articles.get(articleId);
        return a == null || a.outlet() == null ? "unknown outlet" : a.outlet();
    }

    String published(String articleId) {
        Article a = articles.get(articleId);
        return a == null ? "" : date(a);
    }

    /**
     * Says when an article was published, for a reader: its publication date, else that it has none and
     * when it was retrieved (a crawl date must not pass for a publication date).
     *
     * @param a the article
     * @return e.g. "2026-05-04", "no publication date; retrieved 2026-11-24T08:30:00Z", or ""
     */
    static String date(Article a) {
        if (a.published() != null) {
            return a.published();
        }
        return a.retrieved() == null ? "" : "no publication date; retrieved " + a.retrieved();
    }

    String label(String articleId) {
        Article a = articles.get(articleId);
        if (a == null) {
            return articleId;
        }
        return a.title() != null ? a.title() : a.source();
    }

    /** The comparisons whose figures or statements come from an event's articles, in dossier order. */
    List<Comparison> comparisonsOf(Event event) {
        return dossier.comparisons().stream()
                .filter(c -> c.figures().stream().map(figures::get).anyMatch(f -> f != null
                        && event.articles().contains(f.article()))
                        || c.statements().stream().map(statements::get).anyMatch(s -> s != null
                        && event.articles().contains(s.article())))
                .toList();
    }

    List<Figure> figuresOf(String articleId) {
        return dossier.figures().stream().filter(f -> f.article().equals(articleId)).toList();
    }

    List<Statement> statementsOf(String articleId) {
        return dossier.statements().stream().filter(s -> s.article().equals(articleId)).toList();
    }

    static String who(Speaker speaker) {
        return speaker == null || speaker.text() == null ? "narration" : speaker.text();
    }

    /** Who said a statement, marked "(continued)" when it goes on from an earlier one. */
    static String who(Statement s) {
        return who(s.speaker()) + (s.continues() == null ? "" : " (continued)");
    }

    static String amount(Figure f) {
        String number;
        if (f.value() != null) {
            number = plain(f.value());
        } else if (f.low() != null && f.high() != null) {
            number = plain(f.low()) + "–" + plain(f.high());
        } else {
            number = "?";
        }
        List<String> parts = new ArrayList<>();
        if (f.hedge() != null) {
            parts.add(f.hedge());
        }
        parts.add(number);
        if (f.unit() != null) {
            parts.add(f.unit());
        }
        return String.join(" ", parts);
    }

    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) d)
                : String.valueOf(d);
    }
}
