package org.eventline.write;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.eventline.time.CalendarRange;

/**
 * A date an entry may carry: in the years every date of the API keeps to (time/CalendarRange,
 * 0001 to 9999, four-digit ISO years). Java reads years up to ±999,999,999 and
 * PostgreSQL stores none past 5874897, so without this a far date failed only in the database.
 */
@Documented
@Constraint(validatedBy = SupportedDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SupportedDate {

    String message() default "is not supported: " + CalendarRange.DESCRIPTION;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the year; a missing date is the business of the field's own rules. */
    class Check implements ConstraintValidator<SupportedDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || CalendarRange.contains(date);
        }
    }
}
