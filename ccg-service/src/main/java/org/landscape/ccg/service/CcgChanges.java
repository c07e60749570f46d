package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.landscape.ccg.api.CcgAreaSource;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgFeedPayloads.AreaRecord;
import org.landscape.ccg.api.CcgFeedPayloads.CcgRecord;
import org.landscape.ccg.api.CcgFeedPayloads.SuccessionRecord;
import org.landscape.ccg.domain.AreaSource;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgConstitution;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.domain.GoverningBodyRole;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/**
 * Writes a CCG and its change event together, whoever makes the change (API or import), and defines
 * the payloads of the service's change feed: those its followers read are ccg-api's {@link
 * CcgFeedPayloads} (peers parse them: keep their fields), the others are here.
 */
@ApplicationScoped
public class CcgChanges {

  public static final String RESOURCE_TYPE = CcgFeedPayloads.CCG;
  public static final String AREA_RESOURCE_TYPE = CcgFeedPayloads.CCG_AREA;
  public static final String SUCCESSION_RESOURCE_TYPE = CcgFeedPayloads.CCG_SUCCESSION;
  public static final String STAGE_RESOURCE_TYPE = "ccg-stage";

  /** A CCG's own fields ({@code ccg}). */
  public static CcgRecord record(Ccg ccg) {
    return new CcgRecord(ccg.code, ccg.onsCode, ccg.name, ccg.openDate, ccg.closeDate);
  }

  /** One entry of a CCG's area ({@code ccg-area} carries the CCG's whole history of them). */
  public static AreaRecord record(CcgArea area) {
    return new AreaRecord(
        area.localAuthorityCode,
        area.shareOfCcg,
        area.shareOfAuthority,
        toApi(area.source),
        area.validFrom,
        area.validTo);
  }

  /** A predecessor to successor link ({@code ccg-succession}). */
  public static SuccessionRecord record(CcgSuccession link) {
    return new SuccessionRecord(link.predecessorCode, link.successorCode, link.effectiveDate);
  }

  /** The source of an area entry, as ccg-api states it. */
  public static CcgAreaSource toApi(AreaSource source) {
    return source == null ? null : CcgAreaSource.valueOf(source.name());
  }

  /** A version of a CCG's constitution ({@code ccg-constitution}). */
  public record ConstitutionRecord(String version, LocalDate adoptedOn, String documentUrl) {

    public static ConstitutionRecord of(CcgConstitution constitution) {
      return new ConstitutionRecord(
          constitution.version, constitution.adoptedOn, constitution.documentUrl);
    }
  }

  /**
   * A period a CCG spent in a stage before it became operational ({@code ccg-stage}; pathfinder
   * periods were {@code ccg-pathfinder} events before the stages).
   */
  public record StageRecord(
      long id,
      CcgStage stage,
      LocalDate validFrom,
      LocalDate validTo,
      String conditions,
      String note) {

    public static StageRecord of(CcgStagePeriod period) {
      return new StageRecord(
          period.id,
          period.stage,
          period.validFrom,
          period.validTo,
          period.conditions,
          period.note);
    }
  }

  /** A seat on a governing body ({@code governing-body-seat}). */
  public record SeatRecord(
      long id,
      String personName,
      Set<GoverningBodyRole> roles,
      LocalDate validFrom,
      LocalDate validTo,
      long version,
      String employerCode) {

    public static SeatRecord of(GoverningBodySeat seat) {
      return new SeatRecord(
          seat.id,
          seat.personName,
          EnumSet.copyOf(seat.roleSet()),
          seat.validFrom,
          seat.validTo,
          seat.version,
          seat.employerCode);
    }
  }

  @Inject CcgRepository ccgs;
  @Inject ChangeFeed changeFeed;

  public void created(Ccg ccg) {
    ccgs.persist(ccg);
    changeFeed.record(RESOURCE_TYPE, ccg.code, ChangeType.CREATED, record(ccg));
  }

  public void updated(Ccg ccg) {
    changeFeed.record(RESOURCE_TYPE, ccg.code, ChangeType.UPDATED, record(ccg));
  }
}
