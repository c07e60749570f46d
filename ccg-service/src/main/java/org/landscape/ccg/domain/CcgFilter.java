package org.landscape.ccg.domain;

/**
 * The optional filters of a CCG search; null means "any". {@code pathfinder}: ever a pathfinder or
 * never; {@code stage}: in that stage on the search's date.
 */
public record CcgFilter(
    String nameContains,
    StatusFilter status,
    String regionCode,
    String areaTeamCode,
    String localAuthorityCode,
    Boolean pathfinder,
    CcgStage stage) {

  /**
   * The status asked for, or the default: OPERATIONAL, unless a stage is asked, which selects by
   * stage instead (a CCG in a stage is not yet operational).
   */
  public StatusFilter statusOrDefault() {
    if (status != null) {
      return status;
    }
    return stage == null ? StatusFilter.OPERATIONAL : StatusFilter.ANY;
  }

  /** Which CCGs a search returns by status on its date; OPERATIONAL unless asked otherwise. */
  public enum StatusFilter {
    OPERATIONAL,
    PROPOSED,
    CLOSED,
    ANY
  }
}
