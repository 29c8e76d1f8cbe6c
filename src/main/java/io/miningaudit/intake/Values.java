package io.miningaudit.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The checks of one value's text that every form shares (FACTS.md, "Bad data"): a text's length and characters, a
 * decimal's syntax and limits, a date's form and range. Each is a loop over the characters, not a regular
 * expression: they run for every value of a table of millions of records.
 */
final class Values {
    /** A text is shown in a message up to so many characters. */
    private static final int SHOWN = 40;
    /** An exponent beyond this is beyond every limit: it is not expanded, only its sign counts. */
    private static final int MAX_EXPONENT = 9_999;
    private static final BigDecimal MAX_DECIMAL = BigDecimal.TEN.pow(CaseSchema.MAX_DECIMAL_DIGITS);

    private Values() {
    }

    /**
     * Why a text may not be kept, or null: longer than {@code maxLength}, a control character, or a lone surrogate
     * (which no UTF-8 file can hold: it came from an escape such as JSON's {@code \\uD800}).
     */
    static String textProblem(String text, int maxLength) {
        int n = text.length();
        if (n > maxLength) {
            return shown(text) + " is " + String.format(Locale.ROOT, "%,d", n) + " characters long; at most "
                    + String.format(Locale.ROOT, "%,d", maxLength) + " are allowed";
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return shown(text) + " holds the control character " + codePoint(c);
            }
            if (Character.isSurrogate(c) && isLoneSurrogate(text, i)) {
                return shown(text) + " is not valid UTF-8 text: it holds the lone surrogate " + codePoint(c);
            }
        }
        return null;
    }

    /** A text as a message shows it: quoted, control characters escaped, and cut short when it is long. */
    static String shown(String text) {
        return '"' + name(text) + '"';
    }

    /**
     * A name read from a file (a field, table or sheet name) as a message shows it: control characters and lone
     * surrogates escaped as {@code \\u0007}, and cut short when it is long, so that a message stays one line.
     */
    static String name(String text) {
        int n = Math.min(text.length(), SHOWN);
        if (n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--;
        }
        StringBuilder out = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isControl(c) || (Character.isSurrogate(c) && isLoneSurrogate(text, i))) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return n < text.length() ? out.append('…').toString() : out.toString();
    }

    /** A parser's message as one line of a problem: line breaks and control characters gone, at most 300 characters. */
    static String oneLine(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), 300));
        boolean blank = false;
        for (int i = 0; i < message.length() && out.length() < 300; i++) {
            char c = message.charAt(i);
            if (Character.isWhitespace(c) || isControl(c)) {
                blank = true;
                continue;
            }
            if (blank && out.length() > 0) {
                out.append(' ');
            }
            blank = false;
            out.append(c);
        }
        return out.length() < 300 ? out.toString() : out.append('…').toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Whether a case id holds only ASCII letters, digits, '-' and '_' (it names the report files). */
    static boolean isCaseId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return !id.isEmpty();
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /**
     * Whether a text is a plain decimal: ASCII digits with an optional sign, one optional point and an optional
     * exponent ({@code -12.5}, {@code .5}, {@code 1e-3}); no hexadecimal, no digits of other scripts, no
     * underscores, infinities or blanks inside.
     */
    static boolean isPlainDecimal(CharSequence text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The decimal a plain text writes, or null when it is not one ({@link #isPlainDecimal}). An exponent too large
     * to expand is kept as one just beyond the limits, on its own side: {@code 1e99999999999} is too large,
     * {@code 1e-99999999999} too fine, {@code 0e99999999999} zero.
     */
    static BigDecimal decimal(String text) {
        if (!isPlainDecimal(text)) {
            return null;
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0 && exponentBeyond(text, e + 1)) {
            BigDecimal mantissa = new BigDecimal(text.substring(0, e));
            return mantissa.scaleByPowerOfTen(text.charAt(e + 1) == '-' ? -MAX_EXPONENT : MAX_EXPONENT);
        }
        return new BigDecimal(text);
    }

    private static boolean exponentBeyond(String text, int from) {
        int i = from < text.length() && (text.charAt(from) == '+' || text.charAt(from) == '-') ? from + 1 : from;
        while (i < text.length() - 1 && text.charAt(i) == '0') {
            i++;
        }
        return text.length() - i > 4;
    }

    /**
     * Why a decimal is beyond the limits of FACTS.md, or null: larger than 10^12 in size, or finer than 10^-9 (more
     * than nine decimal places once trailing zeros are dropped).
     */
    static String decimalProblem(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > CaseSchema.MAX_DECIMAL_DIGITS + 1
                || (integerDigits == CaseSchema.MAX_DECIMAL_DIGITS + 1 && value.abs().compareTo(MAX_DECIMAL) > 0)) {
            return "is larger than 10^" + CaseSchema.MAX_DECIMAL_DIGITS + ", the most a decimal may be";
        }
        if (value.scale() > CaseSchema.MAX_DECIMAL_SCALE
                && value.stripTrailingZeros().scale() > CaseSchema.MAX_DECIMAL_SCALE) {
            return "has more than " + CaseSchema.MAX_DECIMAL_SCALE + " decimal places (finer than 10^-"
                    + CaseSchema.MAX_DECIMAL_SCALE + ")";
        }
        return null;
    }

    /**
     * The decimal as it is kept: as written, but without trailing zeros past the ninth decimal place and with zero
     * as plain {@code 0} when it was written with an exponent, so that no value carries a scale of thousands.
     */
    static BigDecimal kept(BigDecimal value) {
        if (value.signum() == 0) {
            return value.scale() < 0 || value.scale() > CaseSchema.MAX_DECIMAL_SCALE ? BigDecimal.ZERO : value;
        }
        return value.scale() > CaseSchema.MAX_DECIMAL_SCALE ? value.stripTrailingZeros() : value;
    }

    /** The day an ISO {@code YYYY-MM-DD} text names, or null when it is not one (of ASCII digits, a real day). */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Why a day is outside the days a case may hold, or null; {@code earliest} is the field's first allowed day. */
    static String dateProblem(LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            return day + " is before " + earliest + (earliest.equals(CaseSchema.GENESIS)
                    ? ", the day of Bitcoin's first block: no cryptocurrency was mined before it"
                    : ", the earliest day a case may hold");
        }
        if (day.isAfter(CaseSchema.LAST_DAY)) {
            return day + " is after " + CaseSchema.LAST_DAY + ", the last day a case may hold";
        }
        return null;
    }
}
