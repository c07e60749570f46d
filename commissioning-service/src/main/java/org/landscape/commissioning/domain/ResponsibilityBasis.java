package org.landscape.commissioning.domain;

/** What decided which commissioner pays for a patient's care. */
public enum ResponsibilityBasis {
  /** The CCG of the practice the patient is registered with, on the date of care. */
  REGISTERED_PRACTICE,
  /** The CCG of where an unregistered patient usually lives. */
  USUAL_RESIDENCE,
  /** The CCG of where the patient is present (urgent and emergency care). */
  PRESENCE,
  /** NHS England commissions the category nationally, whoever the patient is. */
  NATIONAL_COMMISSIONER,
  /** The upper-tier council of where the patient lives commissions the category. */
  UPPER_TIER_COUNCIL
}
