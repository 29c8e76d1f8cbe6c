package io.miningaudit.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values read with a message a person can act on; {@link UsageErrorHandler} puts the option's name first. */
final class Converters {
    private Converters() {
    }

    /** A date as {@code YYYY-MM-DD}, strictly: {@code 2022-02-30} is not a date. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("\"" + value + "\" is not a date (YYYY-MM-DD)");
            }
        }
    }

    /** A report language by its tag ({@code en}, {@code zh-CN}). */
    static final class Lang implements ITypeConverter<io.miningaudit.engine.Language> {
        @Override
        public io.miningaudit.engine.Language convert(String value) {
            io.miningaudit.engine.Language lang = io.miningaudit.engine.Language.of(value.strip());
            if (lang == null) {
                throw new TypeConversionException("\"" + value + "\" is not a report language ("
                        + String.join(", ", io.miningaudit.engine.Language.tags()) + ")");
            }
            return lang;
        }
    }

    /** A count of one or more: a size of zero or less makes no case. */
    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = number(value, Integer::parseInt, "a whole number");
            if (n < 1) {
                throw new TypeConversionException(value + " is not 1 or more");
            }
            return n;
        }
    }

    /** A rate above zero. */
    static final class PositiveRate implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double r = number(value, Double::parseDouble, "a number");
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new TypeConversionException(value + " is not more than 0");
            }
            return r;
        }
    }

    private static <T> T number(String value, Function<String, T> parse, String what) {
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("\"" + value + "\" is not " + what);
        }
    }
}
