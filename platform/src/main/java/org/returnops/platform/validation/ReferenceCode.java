package org.returnops.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code of a piece of reference data (site, authority, crossing, route), such as
 * {@code KZ-ZHIBEK-ZHOLY}: the same rule as the event schemas apply to codes. Accepts null (use
 * {@code @NotNull} where the code is required).
 */
@Documented
@Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
@Size(min = 2, max = 32)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferenceCode {

    String message() default "must be 2 to 32 upper-case letters or digits in groups joined by single dashes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
