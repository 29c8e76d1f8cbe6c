package io.miningaudit.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
}
