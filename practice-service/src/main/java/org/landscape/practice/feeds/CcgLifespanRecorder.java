package org.landscape.practice.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.ccg.api.CcgFeedHandler;
import org.landscape.common.changefeed.FeedEvent;
import org.landscape.practice.domain.CcgLifespan;
import org.landscape.practice.repository.CcgLifespanRepository;

/**
 * Keeps each CCG's operational period from ccg-service's feed. Idempotent: a change older than (or
 * the same as) the one already applied is ignored.
 */
@ApplicationScoped
public class CcgLifespanRecorder implements CcgFeedHandler {

  static final String CCG = "ccg";

  @Inject CcgLifespanRepository lifespans;

  @Override
  public void apply(FeedEvent event) {
    if (!CCG.equals(event.resourceType()) || event.payload() == null) {
      return;
    }
    CcgLifespan lifespan = lifespans.findById(event.resourceId());
    if (lifespan == null) {
      lifespan = new CcgLifespan();
      lifespan.code = event.resourceId();
      lifespans.persist(lifespan);
    } else if (lifespan.feedSequence >= event.sequence()) {
      return;
    }
    lifespan.openDate = date(event.payload(), "openDate");
    lifespan.closeDate = date(event.payload(), "closeDate");
    lifespan.feedSequence = event.sequence();
  }

  private static LocalDate date(JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
  }
}
