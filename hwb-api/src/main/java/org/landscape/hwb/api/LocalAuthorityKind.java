package org.landscape.hwb.api;

/** The kinds of English council, each identified by the prefix of its ONS code. */
public enum LocalAuthorityKind {
  UNITARY,
  DISTRICT,
  METROPOLITAN_BOROUGH,
  LONDON_BOROUGH,
  COUNTY
}
