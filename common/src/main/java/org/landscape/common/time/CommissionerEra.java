package org.landscape.common.time;

import java.time.LocalDate;

/**
 * Who commissions on a date: Clinical Commissioning Groups until 30 June 2022, Integrated Care
 * Boards from 1 July 2022 (Health and Care Act 2022), when each CCG code became a sub-ICB location.
 */
public enum CommissionerEra {
  CCG,
  ICB;

  /** The ICBs' first day, and the first day no CCG exists. */
  public static final LocalDate ICB_ERA_BEGINS = LocalDate.of(2022, 7, 1);

  public static CommissionerEra on(LocalDate date) {
    return date.isBefore(ICB_ERA_BEGINS) ? CCG : ICB;
  }
}
