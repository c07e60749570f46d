package org.landscape.hwb.domain;

import java.time.Instant;

/**
 * The optional filters of a local-authority search; null means "any". {@code active} asks whether
 * the council is valid on the search's date (the API's search asks for valid ones only); {@code
 * [updatedFrom, updatedBefore)} bounds the time of the council's latest recorded change.
 */
public record LocalAuthorityFilter(
    String nameContains,
    LocalAuthorityKind kind,
    String upperTierCode,
    Boolean hostsBoard,
    String code,
    Boolean active,
    Instant updatedFrom,
    Instant updatedBefore) {

  /** The councils valid on the date that pass the filters. */
  public LocalAuthorityFilter(
      String nameContains, LocalAuthorityKind kind, String upperTierCode, Boolean hostsBoard) {
    this(nameContains, kind, upperTierCode, hostsBoard, null, Boolean.TRUE, null, null);
  }
}
