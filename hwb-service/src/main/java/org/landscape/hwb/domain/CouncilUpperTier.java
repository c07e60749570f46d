package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.time.Validity;

/**
 * The rules a council's record keeps, whether it comes from the API or from an import: a district
 * names its county as upper tier, every other kind is its own upper tier, and its dates are
 * ordered.
 */
public final class CouncilUpperTier {

  private CouncilUpperTier() {}

  public static List<FieldViolation> check(
      LocalAuthorityKind kind,
      String upperTierCode,
      LocalDate validFrom,
      LocalDate validTo,
      Predicate<String> isCounty) {
    List<FieldViolation> violations = new ArrayList<>();
    if (kind == LocalAuthorityKind.DISTRICT) {
      if (upperTierCode == null) {
        violations.add(
            new FieldViolation("upperTierCode", "is required for a district: its county"));
      } else if (!isCounty.test(upperTierCode)) {
        violations.add(
            new FieldViolation(
                "upperTierCode",
                "must name a county in the register: " + upperTierCode + " is not one"));
      }
    } else if (upperTierCode != null) {
      violations.add(
          new FieldViolation(
              "upperTierCode", "must be absent: only a district has an upper-tier council"));
    }
    if (!Validity.isOrdered(validFrom, validTo)) {
      violations.add(new FieldViolation("validTo", "must be after validFrom"));
    }
    return violations;
  }
}
