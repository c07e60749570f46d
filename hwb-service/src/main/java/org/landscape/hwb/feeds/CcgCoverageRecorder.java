package org.landscape.hwb.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.landscape.ccg.api.CcgFeedHandler;
import org.landscape.ccg.api.CcgFeedJob;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgFeedPayloads.AreaRecord;
import org.landscape.ccg.api.CcgFeedPayloads.CcgRecord;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.changefeed.FeedEvent;
import org.landscape.common.time.Validity;
import org.landscape.hwb.domain.CcgAreaRow;
import org.landscape.hwb.domain.CcgCode;
import org.landscape.hwb.domain.CcgLifespan;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.repository.CcgAreaRowRepository;
import org.landscape.hwb.repository.CcgLifespanRepository;

/**
 * Keeps each CCG's operational period ({@code ccg} changes) and area ({@code ccg-area} changes: the
 * CCG's whole area history each time) from ccg-service's feed, read as ccg-api's {@link
 * CcgFeedPayloads} records, then the coverage and the boards' notices derived from them.
 * Idempotent: a change older than (or the same as) the one already applied of its kind is ignored.
 * A change this service cannot read (an unknown kind, a malformed code, date or shape) is ignored
 * as a whole and logged, so that it never holds up the feed.
 */
@ApplicationScoped
public class CcgCoverageRecorder implements CcgFeedHandler {

  private static final Logger LOG = Logger.getLogger(CcgCoverageRecorder.class);
  private static final Pattern CCG_CODE = Pattern.compile(CcgCode.REGEX);

  @Inject CcgLifespanRepository lifespans;
  @Inject CcgAreaRowRepository areaRows;
  @Inject CoverageDerivation derivation;
  @Inject ObjectMapper json;

  /** A change that cannot be applied as it stands. */
  static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  @Override
  public void apply(FeedEvent event) {
    boolean lifespan = CcgFeedPayloads.CCG.equals(event.resourceType());
    if (!lifespan && !CcgFeedPayloads.CCG_AREA.equals(event.resourceType())) {
      return; // not a kind this service derives anything from
    }
    try {
      if (event.resourceId() == null || !CCG_CODE.matcher(event.resourceId()).matches()) {
        throw new Unreadable("not a CCG code: " + event.resourceId());
      }
      if (event.changeType() == ChangeType.DELETED) {
        throw new Unreadable("ccg-service never deletes CCGs or areas");
      }
      if (lifespan) {
        applyLifespan(event);
      } else {
        applyArea(event);
      }
    } catch (Unreadable unreadable) {
      LOG.warnf(
          "feed %s: change %d (%s %s) ignored: %s",
          CcgFeedJob.FEED,
          event.sequence(),
          event.resourceType(),
          event.resourceId(),
          unreadable.getMessage());
    }
  }

  private void applyLifespan(FeedEvent event) throws Unreadable {
    JsonNode payload = event.payload();
    if (payload == null || !payload.isObject()) {
      throw new Unreadable("the payload is not a CCG");
    }
    CcgRecord record = read(payload, json.constructType(CcgRecord.class), "a CCG");
    if (record.code() != null && !event.resourceId().equals(record.code())) {
      throw new Unreadable("the payload is CCG " + record.code());
    }
    LocalDate openDate = record.openDate();
    LocalDate closeDate = record.closeDate();
    if (!Validity.isOrdered(openDate, closeDate)) {
      throw new Unreadable("closes on " + closeDate + ", not after it opens on " + openDate);
    }
    CcgLifespan ccg = findOrCreate(event.resourceId());
    if (ccg.lifespanSequence >= event.sequence()) {
      return;
    }
    ccg.openDate = openDate;
    ccg.closeDate = closeDate;
    ccg.lifespanSequence = event.sequence();
    derivation.rederive(ccg, event.sequence());
  }

  private void applyArea(FeedEvent event) throws Unreadable {
    JsonNode payload = event.payload();
    if (payload == null || !payload.isArray()) {
      throw new Unreadable("the payload is not a list of area entries");
    }
    List<AreaRecord> rows =
        read(
            payload,
            json.getTypeFactory().constructCollectionType(List.class, AreaRecord.class),
            "a list of area entries");
    for (AreaRecord row : rows) {
      if (row == null) {
        throw new Unreadable("an area entry is null");
      }
      String authority = row.localAuthorityCode();
      if (authority == null || !LocalAuthorityCode.isValid(authority)) {
        throw new Unreadable("an area entry names no local authority: " + authority);
      }
      if (!Validity.isOrdered(row.validFrom(), row.validTo())) {
        throw new Unreadable(
            "an area entry ends on "
                + row.validTo()
                + ", not after it starts on "
                + row.validFrom());
      }
    }
    CcgLifespan ccg = findOrCreate(event.resourceId());
    if (ccg.areaSequence >= event.sequence()) {
      return;
    }
    areaRows.deleteOfCcg(ccg.code);
    for (AreaRecord row : rows) {
      CcgAreaRow stored = new CcgAreaRow();
      stored.ccgCode = ccg.code;
      stored.localAuthorityCode = row.localAuthorityCode();
      stored.validFrom = row.validFrom();
      stored.validTo = row.validTo();
      areaRows.persist(stored);
    }
    ccg.areaSequence = event.sequence();
    derivation.rederive(ccg, event.sequence());
  }

  private CcgLifespan findOrCreate(String code) {
    CcgLifespan ccg = lifespans.findById(code);
    if (ccg == null) {
      ccg = new CcgLifespan();
      ccg.code = code;
      lifespans.persist(ccg);
      lifespans.flush(); // before any area row refers to it
    }
    return ccg;
  }

  /** The payload as ccg-api's record of it; a payload of another shape is unreadable. */
  private <T> T read(JsonNode payload, JavaType type, String what) throws Unreadable {
    try {
      return json.treeToValue(payload, type);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw new Unreadable("the payload is not " + what + ": " + describe(unreadable));
    }
  }

  private static String describe(Exception unreadable) {
    return unreadable instanceof JsonProcessingException problem
        ? problem.getOriginalMessage()
        : unreadable.getMessage();
  }
}
