package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.mapping.CcgMapper;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/** Writes a CCG and its change event together, whoever makes the change (API or import). */
@ApplicationScoped
public class CcgChanges {

  public static final String RESOURCE_TYPE = "ccg";
  public static final String AREA_RESOURCE_TYPE = "ccg-area";
  public static final String SUCCESSION_RESOURCE_TYPE = "ccg-succession";

  @Inject CcgRepository ccgs;
  @Inject ChangeFeed changeFeed;

  public void created(Ccg ccg) {
    ccgs.persist(ccg);
    changeFeed.record(RESOURCE_TYPE, ccg.code, ChangeType.CREATED, CcgMapper.toRecord(ccg));
  }

  public void updated(Ccg ccg) {
    changeFeed.record(RESOURCE_TYPE, ccg.code, ChangeType.UPDATED, CcgMapper.toRecord(ccg));
  }
}
