package org.landscape.ccg.domain;

/** The roles a member of a CCG's governing body can hold; one person may hold several. */
public enum GoverningBodyRole {
  GP,
  REGISTERED_NURSE,
  SECONDARY_CARE_SPECIALIST_DOCTOR,
  LAY_MEMBER_AUDIT_AND_GOVERNANCE,
  LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT,
  ACCOUNTABLE_OFFICER,
  CHIEF_FINANCE_OFFICER,
  CHAIR
}
