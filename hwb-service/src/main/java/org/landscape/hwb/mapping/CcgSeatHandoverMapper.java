package org.landscape.hwb.mapping;

import java.util.List;
import org.landscape.hwb.api.CcgSeatHandoverResult;
import org.landscape.hwb.api.CcgSeatHandoverResult.SeatHandover;
import org.landscape.hwb.service.CcgSeatHandoverService;

public final class CcgSeatHandoverMapper {

  private CcgSeatHandoverMapper() {}

  public static CcgSeatHandoverResult toView(CcgSeatHandoverService.Result result) {
    return new CcgSeatHandoverResult(
        result.successorCode(),
        result.effectiveDate(),
        result.dryRun(),
        toViews(result.handedOver()),
        toViews(result.handedOverBefore()),
        toViews(result.reverted()));
  }

  private static List<SeatHandover> toViews(List<CcgSeatHandoverService.SeatHandover> handed) {
    return handed.stream()
        .map(
            seat ->
                new SeatHandover(
                    seat.boardCode(),
                    seat.personName(),
                    seat.predecessorCode(),
                    seat.seatId(),
                    seat.successorSeatId()))
        .toList();
  }
}
