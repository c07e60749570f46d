package org.landscape.fhir.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.landscape.common.changefeed.ChangeEventRepository;

/**
 * A record's versions, from the service's change feed (its outbox): each change event is one
 * version, its sequence the version id, its time the version's {@code lastUpdated}.
 */
@ApplicationScoped
public class RecordChanges {

  /** The latest version of a record: its change event's sequence and time. */
  public record LatestChange(long sequence, Instant recordedAt) {}

  @Inject ChangeEventRepository events;

  /** The record's latest change as recorded by the instant, if it had one then. */
  public java.util.Optional<LatestChange> latestAt(
      String resourceType, String resourceId, Instant knownAt) {
    return events
        .versionAt(resourceType, resourceId, knownAt)
        .map(event -> new LatestChange(event.sequence, event.occurredAt.toInstant()));
  }

  /** The latest change of each of the records that has one. */
  public Map<String, LatestChange> latest(String resourceType, Collection<String> resourceIds) {
    Map<String, LatestChange> latest = new HashMap<>();
    if (resourceIds.isEmpty()) {
      return latest;
    }
    List<Object[]> rows =
        events
            .getEntityManager()
            .createQuery(
                "select e.resourceId, max(e.sequence), max(e.occurredAt) from ChangeEvent e"
                    + " where e.resourceType = :type and e.resourceId in :ids"
                    + " group by e.resourceId",
                Object[].class)
            .setParameter("type", resourceType)
            .setParameter("ids", resourceIds)
            .getResultList();
    for (Object[] row : rows) {
      latest.put(
          (String) row[0], new LatestChange((Long) row[1], ((OffsetDateTime) row[2]).toInstant()));
    }
    return latest;
  }
}
