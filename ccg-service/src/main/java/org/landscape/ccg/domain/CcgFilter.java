package org.landscape.ccg.domain;

/**
 * The optional filters of a CCG search; null means "any". {@code pathfinder}: ever a pathfinder or
 * never; {@code stage}: in that stage on the search's date; {@code kind}: a CCG or a sub-ICB
 * location on the date; {@code icbCode}: a sub-ICB location of that ICB on the date.
 */
public record CcgFilter(
    String nameContains,
    StatusFilter status,
    String regionCode,
    String areaTeamCode,
    String localAuthorityCode,
    Boolean pathfinder,
    CcgStage stage,
    Kind kind,
    String icbCode) {

  /** A filter without the ICB era's criteria. */
  public CcgFilter(
      String nameContains,
      StatusFilter status,
      String regionCode,
      String areaTeamCode,
      String localAuthorityCode,
      Boolean pathfinder,
      CcgStage stage) {
    this(
        nameContains,
        status,
        regionCode,
        areaTeamCode,
        localAuthorityCode,
        pathfinder,
        stage,
        null,
        null);
  }

  /**
   * What a code is on the search's date: a CCG, or (from 2022-07-01) a sub-ICB location, once it
   * has become one.
   */
  public enum Kind {
    CCG,
    SUB_ICB_LOCATION
  }

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
