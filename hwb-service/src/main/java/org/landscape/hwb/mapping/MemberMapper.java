package org.landscape.hwb.mapping;

import org.landscape.hwb.api.CcgRepresentativeView;
import org.landscape.hwb.api.IcbRepresentativeView;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.rest.MemberViews.CcgNominationReport;
import org.landscape.hwb.rest.MemberViews.IcbNominationReport;
import org.landscape.hwb.rest.MemberViews.MemberView;
import org.landscape.hwb.service.CcgNominationService;
import org.landscape.hwb.service.IcbNominationService;
import org.landscape.hwb.service.MemberService;

public final class MemberMapper {

  private MemberMapper() {}

  public static MemberView toView(BoardMember member, String boardCode) {
    return new MemberView(
        member.id,
        boardCode,
        member.personName,
        member.role,
        member.ccgCode,
        member.validFrom,
        member.validTo,
        member.icbCode);
  }

  /** A CCG representative's seat, with its board's hosting council. */
  public static CcgRepresentativeView toView(MemberService.Representative representative) {
    BoardMember seat = representative.seat();
    return new CcgRepresentativeView(
        representative.boardCode(), seat.ccgCode, seat.personName, seat.validFrom);
  }

  /** An ICB nominee's seat, with its board's hosting council. */
  public static IcbRepresentativeView toIcbView(MemberService.Representative representative) {
    BoardMember seat = representative.seat();
    return new IcbRepresentativeView(
        representative.boardCode(), seat.icbCode, seat.personName, seat.validFrom);
  }

  public static CcgNominationReport toReport(CcgNominationService.Result result) {
    return new CcgNominationReport(
        result.date(), result.boards(), result.seated(), result.seatedBefore());
  }

  public static IcbNominationReport toReport(IcbNominationService.Result result) {
    return new IcbNominationReport(
        result.date(),
        result.boards(),
        result.seated(),
        result.seatedBefore(),
        result.ccgSeatsEnded(),
        result.ccgSeatsWithdrawn());
  }
}
