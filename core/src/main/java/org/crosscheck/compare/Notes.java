package org.crosscheck.compare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;

/** One-line notes a reader understands, for comparisons. */
final class Notes {

    private Notes() {
    }

    static String forFigures(Corpus corpus, List<Figure> all, List<Figure> independent, String verdict) {
        String values = independent.stream().map(f -> amount(f) + " (" + who(corpus, f) + ")")
                .collect(Collectors.joining("; "));
        int copies = all.size() - independent.size();
        String copyNote = copies > 0 ? "; " + copies + " more repeated by copies, not counted as corroboration" : "";
        String lead = switch (verdict) {
            case "agree" -> "Sources agree: ";
            case "compatible" -> "Compatible figures (bounds or related measures): ";
            case "changed" -> "The figure changed over time: ";
            case "differ" -> "Sources differ: ";
            default -> "One source: ";
        };
        return lead + values + copyNote + ".";
    }

    static String forStatements(Corpus corpus, List<Statement> same, long sources) {
        String outlets = same.stream().map(s -> outlet(corpus, s.article())).distinct().collect(Collectors.joining(", "));
        return "The same statement reported by " + outlets + (sources > 1 ? " (" + sources + " independent sources)"
                : " (copies of one source)") + ".";
    }

    private static String who(Corpus corpus, Figure f) {
        String claimant = f.claimant() == null ? "narration" : f.claimant().text();
        String date = corpus.article(f.article()).published();
        return claimant + ", " + outlet(corpus, f.article()) + (date == null ? "" : ", " + date.substring(0,
                Math.min(10, date.length())));
    }

    private static String outlet(Corpus corpus, String article) {
        String o = corpus.article(article).outlet();
        return o == null ? "unknown outlet" : o;
    }

    private static String amount(Figure f) {
        String number = f.value() != null ? plain(f.value())
                : f.low() != null && f.high() != null ? plain(f.low()) + "–" + plain(f.high()) : "?";
        return (f.hedge() == null ? "" : f.hedge() + " ") + number + (f.unit() == null ? "" : " " + f.unit());
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : String.valueOf(d);
    }
}
