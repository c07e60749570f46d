package org.landscape.practice.domain;

/** The primary medical services contract a practice holds with NHS England. */
public enum ContractType {
  GMS,
  PMS,
  APMS
}
