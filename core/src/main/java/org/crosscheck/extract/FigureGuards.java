package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Token;

/**
 * Tells numbers that are no figures: numbers that label things ("Resolution 2334", "Flight 17", "Boeing 737"),
 * ages ("Irina Holt, 54,", "aged 54", "a 54-year-old"), years ("in 2014", "the 1998 flood"), clock times, points
 * in time ("three years ago"), frequencies ("three times"), "one of", a lone "one", phone-like digit groups, day
 * numbers next to a month however capitalised ("MARCH 13"), parts of names ("3-in-1"), calibres (".38-caliber")
 * and numbers inside web addresses.
 * Dates, times and ordinals by their NER class never reach here ({@link NumberReader}).
 */
final class FigureGuards {

    private static final Set<String> LABELS = Set.of("no.", "no", "number", "resolution", "article", "section",
            "chapter", "page", "flight", "route", "room", "level", "phase", "grade", "category", "paragraph",
            "item", "part", "stage", "vol.", "volume", "episode", "season", "gate", "line", "platform",
            "mp", "group", "bus", "road", "highway", "interstate", "building", "block", "unit", "apartment", "ward",
            "district", "precinct", "lot", "table", "figure", "model", "version", "channel", "pier", "terminal",
            "division", "class", "type", "size", "act", "law", "bill", "order", "decree", "case", "code", "exit",
            "track", "lane", "plot", "zone", "sector", "squad", "tier", "week", "day", "round", "game", "match", "leg",
            "term", "session", "year", "number:", "no:", "#");
    /** Words after a number that make it something other than an amount. */
    private static final Set<String> NOT_AMOUNTS = Set.of("o'clock", "am", "pm", "a.m.", "p.m.", "a.m",
            "p.m", "a.", "p.", "nights", "night", "century", "centuries", "th", "st", "nd", "rd", "-year-old", "-years-old");
    /** Words after "N times" that make it a multiplier, not a count of events ("three times more"). */
    private static final Set<String> MULTIPLIER_AFTER = Set.of("more", "less", "as", "the", "than", "over", "a",
            "per", "that", "what");
    /** Words after an amount of time that make it a point in time or an age ("three years ago", "five years old"). */
    private static final Set<String> POINTS_IN_TIME = Set.of("ago", "later", "earlier", "old", "previously", "prior",
            "back", "hence");
    /**
     * Words before an amount of time that make it the frame of the story or a frequency ("on strike for three
     * weeks", "every four or five hours").
     */
    private static final Set<String> FRAMES = Set.of("for", "during", "past", "last", "next", "recent",
            "coming", "previous", "first", "final", "following", "these", "those", "every", "each", "per");
    private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "by", "until", "till", "from", "of",
            "before", "after", "during", "between", "to", "and", "through", "the", "early", "late", "mid", "its",
            "year", "summer", "winter", "spring", "autumn", "fall", "season", ",");
    /** Words before "for" that make the amount of time after it a measure: "jailed for six years". */
    private static final Set<String> TERMS = Set.of("jail", "sentence", "imprison", "ban", "suspend", "bar",
            "last", "wait", "detain", "hold");
    private static final Pattern AGE_AFTER = Pattern.compile("^ ?-? ?olds?\\b.*", Pattern.DOTALL);
    /** Nouns for a person that an age may follow: "the actress, 26, said". */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "boy", "girl", "actress", "actor", "wife",
            "husband", "mother", "father", "son", "daughter", "pensioner", "driver", "victim", "suspect", "singer",
            "player", "teenager", "student", "resident", "brother", "sister", "friend", "partner", "official",
            "officer", "soldier", "worker", "farmer", "doctor", "nurse", "teacher", "child", "baby", "grandmother",
            "grandfather", "mayor", "leader", "star", "chief", "executive", "founder", "owner", "citizen");
    private static final Set<String> MONTHS = FigureData.rows("months-en.txt").stream().map(r -> r[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A web address, also as some corpora space it out ("http: / / www. x. com / 2010 / 05 /"). */
    private static final Pattern URL = Pattern.compile(
            "(?:https?\\s?:\\s?/\\s?/|www\\s?\\.)(?:[^\\s]|\\s(?=[/_=?&#-])|(?<=[/_=?&#:-])\\s|(?<=\\.)\\s(?=[a-z]))*");
    /** "3-in-1", "2-in-1": a product's name, not two numbers. */
    private static final Pattern IN_ONE_AFTER = Pattern.compile("^\\s?-\\s?in\\s?-\\s?[0-9].*", Pattern.DOTALL);
    private static final Pattern IN_ONE_BEFORE = Pattern.compile(".*[0-9]\\s?-\\s?in\\s?-\\s?$", Pattern.DOTALL);
    /** "a .38-caliber revolver", "a 9-mm pistol": the calibre names the weapon, it measures nothing reported. */
    private static final Pattern CALIBRE_AFTER = Pattern.compile("^\\s?-?\\s?calib(?:er|re)s?\\b.*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d{2,}\\)?[ .-]\\d{3,}[ .-]?\\d{0,4}");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    /**
     * Groups of three digits set apart by a space after a head of one to three ("11 000", "1 250 000"): one number in
     * a language that groups by spaces (only there does the number reader join them), not a phone number.
     */
    private static final Pattern SPACED_GROUPS = Pattern.compile("\\d{1,3}( \\d{3})+(,\\d+)?");

    private FigureGuards() {
    }

    /**
     * Tells whether a quantity is a figure.
     *
     * @param tokens the sentence's tokens
     * @param q      the quantity
     * @param text   the article text
     * @return false for labels, ages, years, times, frequencies and phone numbers
     */
    static boolean isFigure(List<Token> tokens, Quantity q, String text) {
        Token first = tokens.get(q.numFrom());
        String next = q.to() < tokens.size() ? lower(tokens.get(q.to())) : "";
        String prev = q.from() > 0 ? lower(tokens.get(q.from() - 1)) : "";
        String number = lower(first);
        String afterNext = q.to() + 1 < tokens.size() ? lower(tokens.get(q.to() + 1)) : "";
        if (next.equals("times") && (MULTIPLIER_AFTER.contains(afterNext) || afterNext.endsWith("er")
                || q.from() > 0 && !tokens.get(q.from() - 1).pos().startsWith("VB"))) {
            return false; // "three times more", "twice as many", "won the cup five times" is kept
        }
        if (NOT_AMOUNTS.contains(next) || next.equals("-") && q.to() + 1 < tokens.size()
                && lower(tokens.get(q.to() + 1)).startsWith("year") && q.unit() == null) {
            return false;
        }
        if (q.unit() != null && Units.of(q.unit()).map(u -> u.dimension().equals("time")).orElse(false)
                && !isMeasuredTime(tokens, q, text, next)) {
            return false;
        }
        if (q.unit() == null && !q.money() && LABELS.contains(prev) || prev.equals("aged") || prev.equals("age")) {
            return false;
        }
        if (number.equals("one") && (next.equals("of") || q.unit() == null && !q.money()
                && (q.to() >= tokens.size() || !tokens.get(q.to()).pos().startsWith("NN")))) {
            return false;
        }
        if (next.endsWith("ties") && (number.equals("nineteen") || number.equals("twenty"))) {
            return false; // "the late nineteen eighties"
        }
        if (isAge(tokens, q) || isYear(tokens, q) || isProductLabel(tokens, q) || isCode(tokens, q)
                || isPartOfDateOrTime(tokens, q) || isDayOfMonth(tokens, q) || isNamePart(text, q)
                || inUrl(text, q.start())) {
            return false;
        }
        String span = text.substring(first.start(), tokens.get(q.to() - 1).end());
        return !PHONE.matcher(span).matches() || SPACED_GROUPS.matcher(span).matches();
    }

    /**
     * An amount of time is a figure when it is measured ("lasted two hours", "in 3.1 seconds", "a 3-hour
     * flight"), not when it frames the story or places it in time ("on strike for three weeks", "over the past
     * five years", "three years ago") or is an age ("a 54-year-old", "five years old").
     */
    private static boolean isMeasuredTime(List<Token> tokens, Quantity q, String text, String next) {
        if (q.value() != null && q.value() == 1 && q.from() > 0 && Set.of("MD", "PRP", "RB", "CC")
                .contains(tokens.get(q.from() - 1).pos()) || q.from() == 0 && lower(tokens.get(0)).equals("one")) {
            return false; // "I'd one day have", "One day, she left": some day, not a duration
        }
        if (POINTS_IN_TIME.contains(next) || AGE_AFTER.matcher(text.substring(q.end(), Math.min(text.length(),
                q.end() + 8))).matches()) {
            return false;
        }
        if (text.substring(q.start(), q.end()).contains("-")) {
            return q.to() < tokens.size() && (tokens.get(q.to()).pos().startsWith("NN")
                    || tokens.get(q.to()).pos().equals("JJ") || beforeAnotherFigure(tokens, q.to()))
                    && !lower(tokens.get(q.to())).equals("old");
        }
        for (int i = q.from() - 1; i >= Math.max(0, q.from() - 4); i--) {
            Token t = tokens.get(i);
            String w = lower(t);
            if (FRAMES.contains(w) || w.equals("over") && i == q.from() - 1 && !afterVerb(tokens, i)) {
                return w.equals("for") && i > 0 && TERMS.contains(lemma(tokens.get(i - 1)));
            }
            if (!(t.pos().equals("DT") || HedgeMatcher.isHedgeWord(w) || w.equals("least") || w.equals("just")
                    || w.equals("than") || w.equals("more") || w.equals("less") || w.equals("up") || w.equals("to"))) {
                return true;
            }
        }
        return true;
    }

    /** "an eight-year, $200 million deal": a comma, then another figure of the same noun. */
    private static boolean beforeAnotherFigure(List<Token> tokens, int i) {
        return tokens.get(i).word().equals(",") && i + 1 < tokens.size()
                && (tokens.get(i + 1).pos().equals("CD") || tokens.get(i + 1).pos().equals("$"));
    }

    /** "lasted over two hours", "just over two hours": a verb or adverb right before the word at i. */
    private static boolean afterVerb(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).pos().startsWith("VB") || tokens.get(i - 1).pos().startsWith("RB"));
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * Digits that identify rather than count: a leading zero ("05", "061313") or six or more digits without
     * thousands separators ("9087997"), with no unit or currency.
     */
    private static boolean isCode(List<Token> tokens, Quantity q) {
        String w = tokens.get(q.numFrom()).word();
        return q.unit() == null && !q.money() && w.matches("0[0-9]+|[0-9]{6,}");
    }

    /**
     * A number joined to another by a slash or a colon ("8 / 2 / 2013", "7: 31", "24/7"), or by a hyphen to a
     * year ("1982-83") or to a code of letters and digits ("FY2020-22"): a part of a date, a time or a code.
     */
    private static boolean isPartOfDateOrTime(List<Token> tokens, Quantity q) {
        String before = q.numFrom() > 0 ? tokens.get(q.numFrom() - 1).word() : "";
        String after = q.to() < tokens.size() ? tokens.get(q.to()).word() : "";
        boolean digitBefore = q.numFrom() > 1 && tokens.get(q.numFrom() - 2).word().matches("[0-9]+.*");
        boolean digitAfter = q.to() + 1 < tokens.size() && tokens.get(q.to() + 1).word().matches("[0-9]+.*");
        if ((before.equals("/") || before.equals(":")) && digitBefore || (after.equals("/") || after.equals(":"))
                && digitAfter) {
            return true;
        }
        if (!before.equals("-") || q.numFrom() < 2) {
            return false;
        }
        Token head = tokens.get(q.numFrom() - 2);
        // "1982-83"; "FY2020-22", "MS08-067": a code of letters and digits
        return YEAR.matcher(head.word()).matches() || head.end() == tokens.get(q.numFrom() - 1).start()
                && head.word().matches(".*[A-Za-z].*") && head.word().matches(".*[0-9].*");
    }

    /** "Irina Holt, 54, said": a bare number between commas right after a name is an age. */
    private static boolean isAge(List<Token> tokens, Quantity q) {
        int from = q.from();
        int to = q.to();
        if (q.unit() != null || from < 2) {
            return false;
        }
        Token prev = tokens.get(from - 1);
        Token before = tokens.get(from - 2);
        boolean alone = to >= tokens.size() || !tokens.get(to).pos().startsWith("NN") && !tokens.get(to).pos().equals("JJ");
        // "King, 39, a clerk": a proper noun the tagger did not call a person, a small whole number between commas
        boolean name = before.pos().equals("NNP") && q.value() != null && q.value() == Math.floor(q.value())
                && q.value() >= 1 && q.value() <= 110 && !"LOCATION".equals(MentionFinder.type(before.ner()))
                && !"ORGANIZATION".equals(MentionFinder.type(before.ner()));
        boolean person = "PERSON".equals(before.ner()) || PERSON_NOUNS.contains(lower(before)) || name;
        String after = to < tokens.size() ? tokens.get(to).word() : "";
        return prev.word().equals(",") && person && (after.equals(",") || after.equals(".") || after.isEmpty())
                // "at the age of 35"
                || prev.word().equals("of") && lower(before).equals("age")
                // "She was 85.", "died at 91"
                || alone && "be".equals(lemma(prev)) && (before.pos().equals("PRP") || "PERSON".equals(before.ner()))
                || alone && prev.word().equals("at") && "die".equals(lemma(before));
    }

    /** A four-digit number from 1800 to 2099 without unit, after "in", "since", "the" …: a year. */
    private static boolean isYear(List<Token> tokens, Quantity q) {
        Token t = tokens.get(q.numFrom());
        if (q.unit() != null || q.money() || q.to() - q.numFrom() != 1 || !YEAR.matcher(t.word()).matches()) {
            return false;
        }
        String prev = q.numFrom() > 0 ? lower(tokens.get(q.numFrom() - 1)) : "";
        Token next = q.to() < tokens.size() ? tokens.get(q.to()) : null;
        boolean countedAfter = next != null && next.pos().equals("NNS");
        return YEAR_BEFORE.contains(prev) || prev.isEmpty() && !countedAfter;
    }

    /**
     * "Boeing 737", "Windows 11", "Apollo 11": a bare integer right after a proper noun, nothing counted after;
     * "Wi-Fi 6 support", "the 911 call": an integer other than one after a name (or after a determiner, three
     * digits or more) before a singular noun, which it cannot count.
     */
    private static boolean isProductLabel(List<Token> tokens, Quantity q) {
        if (q.unit() != null || q.money() || q.numFrom() == 0 || q.numFrom() != q.from()) {
            return false;
        }
        Token prev = tokens.get(q.numFrom() - 1);
        Token next = q.to() < tokens.size() ? tokens.get(q.to()) : null;
        String word = tokens.get(q.numFrom()).word();
        boolean digits = word.matches("[0-9]+");
        boolean afterName = isName(tokens, q.numFrom() - 1);
        if (digits && afterName && next != null && lower(next).equals("index")) {
            return true; // "the Nikkei 225 index"
        }
        if (afterName && word.matches("[0-9]+\\.[0-9]+") && (next == null || !next.pos().equals("NNS"))) {
            return true; // "Firefox 3.05", "Web 2.0": a version
        }
        if (!digits || next != null && (next.word().equals("-") || next.word().equals("\u2013"))) {
            return false;
        }
        boolean afterDeterminer = (prev.pos().equals("DT") || prev.pos().equals("PRP$"))
                && tokens.get(q.numFrom()).word().length() >= 3;
        return afterName && (next == null || !next.pos().startsWith("NN") && !next.pos().equals("JJ"))
                || q.value() != null && q.value() != 1 && (afterName && singularNounAfter(tokens, q.to(), true)
                || afterDeterminer && singularNounAfter(tokens, q.to(), false));
    }

    /**
     * "Wi-Fi 6 support", "MagSafe 2 connector", "the 911 call": a number other than one before a singular noun
     * (adjectives skipped) cannot count it, so it names the thing. A plural noun ("nabs 26 pirates") is counted.
     * After a determiner, a singular noun that modifies another ("the 200 person crowd") makes a measure, not a
     * label; {@code compounds} says whether such a noun still counts as the singular noun.
     */
    private static boolean singularNounAfter(List<Token> tokens, int from, boolean compounds) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).pos().startsWith("JJ")) {
            i++;
        }
        boolean singular = i < tokens.size() && (tokens.get(i).pos().equals("NN") || tokens.get(i).pos().equals("NNP"))
                && !"DATE".equals(tokens.get(i).ner());
        return singular && (compounds || i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NN"));
    }

    /**
     * A proper noun, a capitalised noun inside the sentence, or a word written like a product's name with capitals
     * inside it ("Wi-Fi", "MagSafe", "iPhone"); a date is no name.
     */
    private static boolean isName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if ("DATE".equals(t.ner())) {
            return false;
        }
        String w = t.word();
        boolean innerCapital = w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase)
                && w.chars().anyMatch(Character::isLowerCase);
        // the tagger often calls a capitalised noun inside a sentence a common noun ("Internet/NN Explorer/NN 8")
        boolean capitalised = i > 0 && t.pos().startsWith("NN") && Character.isUpperCase(w.charAt(0));
        return t.pos().startsWith("NNP") || innerCapital || capitalised;
    }

    /** "MARCH 13", "27 NOVEMBER": a day number next to a month's name, however it is capitalised. */
    private static boolean isDayOfMonth(List<Token> tokens, Quantity q) {
        if (q.unit() != null || q.money() || q.value() == null || q.value() < 1 || q.value() > 31
                || !tokens.get(q.numFrom()).word().matches("[0-9]{1,2}")) {
            return false;
        }
        return q.numFrom() > 0 && isMonth(tokens.get(q.numFrom() - 1)) || q.to() < tokens.size() && isMonth(tokens.get(q.to()));
    }

    private static boolean isMonth(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && MONTHS.contains(lower(t));
    }

    /**
     * "3-in-1 charger", "a .38-caliber revolver", "802.11ax", "the 1990s": a number that is part of a name, a
     * code or a decade, or a weapon's calibre.
     */
    private static boolean isNamePart(String text, Quantity q) {
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 12));
        String before = text.substring(Math.max(0, q.start() - 8), q.start());
        boolean lettersGlued = !after.isEmpty() && Character.isLetter(after.charAt(0))
                && Character.isDigit(text.charAt(q.end() - 1));
        return q.unit() == null && !q.money() && (lettersGlued || IN_ONE_AFTER.matcher(after).matches()
                || IN_ONE_BEFORE.matcher(before).matches() || CALIBRE_AFTER.matcher(after).matches());
    }

    /** Whether an offset falls inside a web address on its line. */
    private static boolean inUrl(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = text.indexOf('\n', at);
        java.util.regex.Matcher m = URL.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        while (m.find()) {
            if (m.start() <= at - lineStart && at - lineStart < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
