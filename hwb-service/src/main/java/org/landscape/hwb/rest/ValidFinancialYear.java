package org.landscape.hwb.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.landscape.common.time.FinancialYear;

/** A financial year written {@code 2014/15}; null passes (combine with {@code @NotNull}). */
@Constraint(validatedBy = ValidFinancialYear.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidFinancialYear {

  String message() default FinancialYear.MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidFinancialYear, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || FinancialYear.parse(value).isPresent();
    }
  }
}
