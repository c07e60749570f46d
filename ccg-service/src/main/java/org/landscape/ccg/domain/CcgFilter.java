package org.landscape.ccg.domain;

/** The optional filters of a CCG search; null means "any". */
public record CcgFilter(
    String nameContains,
    StatusFilter status,
    String regionCode,
    String areaTeamCode,
    String localAuthorityCode,
    Boolean pathfinder) {

  /** Which CCGs a search returns by status on its date; OPERATIONAL unless asked otherwise. */
  public enum StatusFilter {
    OPERATIONAL,
    PROPOSED,
    CLOSED,
    ANY
  }
}
