package org.landscape.common.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Records changes in the outbox, inside the transaction that makes them. */
@ApplicationScoped
public class ChangeFeed {

  private static final String LOCKED = ChangeFeed.class.getName() + ".locked";

  @Inject ChangeEventRepository events;
  @Inject ObjectMapper json;
  @Inject TransactionSynchronizationRegistry transaction;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String resourceType, String resourceId, ChangeType type, Object snapshot) {
    if (transaction.getResource(LOCKED) == null) {
      events.lockForAppend();
      transaction.putResource(LOCKED, Boolean.TRUE);
    }
    ChangeEvent event = new ChangeEvent();
    event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
    event.resourceType = resourceType;
    event.resourceId = resourceId;
    event.changeType = type;
    event.payload = serialise(snapshot);
    events.persist(event);
  }

  private String serialise(Object snapshot) {
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException notSerialisable) {
      throw new IllegalStateException("Change snapshot cannot be written as JSON", notSerialisable);
    }
  }
}
