package org.returnops.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.OptionalInt;

/**
 * A whole number from {@link #min()} to {@link #max()}, given as text: a query parameter read as text is a 400
 * naming it when it is not a number, where an {@code int} parameter JAX-RS cannot convert is a 404.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

    String message() default "must be a whole number from {min} to {max}";

    int min();

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null and blank (absent: the caller's default applies). */
    class Validator implements ConstraintValidator<WholeNumber, String> {

        private int min;
        private int max;

        @Override
        public void initialize(WholeNumber rule) {
            min = rule.min();
            max = rule.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || parse(value, min, max).isPresent();
        }

        /** The number the text names when it is one from min to max; empty otherwise. */
        public static OptionalInt parse(String text, int min, int max) {
            try {
                int value = Integer.parseInt(text.strip());
                return value >= min && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
    }
}
