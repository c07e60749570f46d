package org.landscape.commissioning.domain;

/** When a CCG commissions a category, how the CCG responsible for a patient is found. */
public enum CcgResponsibility {
  /** The CCG of the practice the patient is registered with, else of where they usually live. */
  REGISTRATION,
  /** The CCG of where the patient is present (urgent and emergency care). */
  PRESENCE
}
