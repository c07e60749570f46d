package org.landscape.practice.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.ccg.api.CcgFeedHandler;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgFeedPayloads.CcgRecord;
import org.landscape.common.changefeed.FeedEvent;
import org.landscape.practice.domain.CcgLifespan;
import org.landscape.practice.repository.CcgLifespanRepository;

/**
 * Keeps each CCG's operational period from ccg-service's feed ({@code ccg} changes, read as
 * ccg-api's {@link CcgRecord}). Idempotent: a change older than (or the same as) the one already
 * applied is ignored. A change that is not a CCG's record fails the page, which is tried again.
 */
@ApplicationScoped
public class CcgLifespanRecorder implements CcgFeedHandler {

  @Inject CcgLifespanRepository lifespans;
  @Inject ObjectMapper json;

  @Override
  public void apply(FeedEvent event) {
    if (!CcgFeedPayloads.CCG.equals(event.resourceType()) || event.payload() == null) {
      return;
    }
    CcgLifespan lifespan = lifespans.findById(event.resourceId());
    if (lifespan != null && lifespan.feedSequence >= event.sequence()) {
      return;
    }
    CcgRecord ccg = read(event);
    if (lifespan == null) {
      lifespan = new CcgLifespan();
      lifespan.code = event.resourceId();
      lifespans.persist(lifespan);
    }
    lifespan.openDate = ccg.openDate();
    lifespan.closeDate = ccg.closeDate();
    lifespan.feedSequence = event.sequence();
  }

  private CcgRecord read(FeedEvent event) {
    try {
      return json.treeToValue(event.payload(), CcgRecord.class);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw new IllegalStateException(
          "change " + event.sequence() + " of CCG " + event.resourceId() + " is not a CCG's record",
          unreadable);
    }
  }
}
