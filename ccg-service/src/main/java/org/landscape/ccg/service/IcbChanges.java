package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgFeedPayloads.IcbRecord;
import org.landscape.ccg.api.CcgFeedPayloads.SubIcbLocationRecord;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/** Writes ICBs and sub-ICB location periods with their change events, whoever makes the change. */
@ApplicationScoped
public class IcbChanges {

  @Inject IcbRepository icbs;
  @Inject SubIcbLocationRepository locations;
  @Inject ChangeFeed changeFeed;

  public static IcbRecord record(Icb icb) {
    return new IcbRecord(
        icb.code, icb.onsCode, icb.name, icb.regionCode, icb.openDate, icb.closeDate);
  }

  public static SubIcbLocationRecord record(SubIcbLocation location) {
    return new SubIcbLocationRecord(
        location.ccgCode, location.icbCode, location.name, location.validFrom, location.validTo);
  }

  public void created(Icb icb) {
    icbs.persist(icb);
    changeFeed.record(CcgFeedPayloads.ICB, icb.code, ChangeType.CREATED, record(icb));
  }

  public void updated(Icb icb) {
    changeFeed.record(CcgFeedPayloads.ICB, icb.code, ChangeType.UPDATED, record(icb));
  }

  /** Records a new or changed period, and the code's whole location history in the feed. */
  public void located(SubIcbLocation location, boolean isNew) {
    if (isNew) {
      locations.persist(location);
    }
    locations.flush();
    List<SubIcbLocationRecord> history =
        locations.history(location.ccgCode).stream().map(IcbChanges::record).toList();
    changeFeed.record(
        CcgFeedPayloads.SUB_ICB_LOCATION,
        location.ccgCode,
        isNew ? ChangeType.CREATED : ChangeType.UPDATED,
        history);
  }
}
