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

    /**
     * The note of a quantity: each report with who claims it, where and when, then what was left out.
     *
     * @param corpus      the corpus
     * @param all         every figure of the quantity
     * @param independent the figures judged (copies and restatements left out)
     * @param verdict     the verdict
     * @param sources     how many independent sources gave them
     * @return one line
     */
    static String forFigures(Corpus corpus, List<Figure> all, List<Figure> independent, String verdict, long sources) {
        List<Figure> ordered = "changed".equals(verdict) ? independent.stream().sorted(java.util.Comparator.comparing(
                f -> String.valueOf(corpus.article(f.article()).published()))).toList() : independent;
        String values = ordered.stream().map(f -> amount(f) + " (" + who(corpus, f) + ")")
                .collect(Collectors.joining("changed".equals(verdict) ? " → " : "; "));
        long aliases = all.stream().filter(f -> f.aliasOf() != null).count();
        long copies = all.size() - aliases - independent.size();
        String rest = (copies > 0 ? "; " + copies + " more repeated by copies of one source or within one article, not counted as corroboration" : "")
                + (aliases > 0 ? "; " + aliases + " restated in another unit in the same report" : "");
        String lead = switch (verdict) {
            case "agree" -> sources > 1 ? "Sources agree (" + sources + " independent sources): "
                    : "Outlets agree, all repeating one source (1 independent source, no corroboration): ";
            case "compatible" -> "Compatible figures (bounds or rounding that fit): ";
            case "changed" -> "The figure changed over time: ";
            case "differ" -> "Sources differ: ";
            default -> "One source: ";
        };
        return lead + values + rest + ".";
    }

    /**
     * The note of one statement reported by several outlets.
     *
     * @param corpus  the corpus
     * @param same    the statements
     * @param sources how many independent sources reported them
     * @return one line
     */
    static String forStatements(Corpus corpus, List<Statement> same, long sources) {
        String outlets = same.stream().map(s -> outlet(corpus, s.article())).distinct().collect(Collectors.joining(", "));
        return "The same statement reported by " + outlets + (sources > 1 ? " (" + sources + " independent sources)"
                : " (copies of one source)") + ".";
    }

    /** "Disputed: Dastria's Foreign Ministry (MPA) claimed …; Katja Lind denied it (MPA, Dastria Today)." */
    static String forDispute(Corpus corpus, Statement claim, List<Statement> denials) {
        String deniers = denials.stream().map(d -> d.speaker().text() + " (" + outlet(corpus, d.article()) + ")")
                .distinct().collect(Collectors.joining("; "));
        return "Disputed: " + claim.speaker().text() + " (" + outlet(corpus, claim.article()) + ") claimed \u201c"
                + claim.content() + "\u201d; denied or rejected by " + deniers + ".";
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
