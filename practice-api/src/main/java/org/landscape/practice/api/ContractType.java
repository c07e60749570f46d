package org.landscape.practice.api;

/** The primary medical services contract a practice holds with NHS England. */
public enum ContractType {
  GMS,
  PMS,
  APMS
}
