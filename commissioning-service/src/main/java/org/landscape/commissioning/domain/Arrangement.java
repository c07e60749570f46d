package org.landscape.commissioning.domain;

/** How a kind of commissioner holds a category. */
public enum Arrangement {
  /** It answers for the category: one kind at a time. */
  DIRECT,
  /** It commissions on behalf of the direct commissioner (e.g. CCGs for general practice). */
  DELEGATED,
  /** It commissions jointly with the direct commissioner. */
  JOINT
}
