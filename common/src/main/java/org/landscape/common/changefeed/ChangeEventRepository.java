package org.landscape.common.changefeed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ChangeEventRepository implements PanacheRepositoryBase<ChangeEvent, Long> {

  public List<ChangeEvent> after(long sequence, int limit) {
    return find("sequence > ?1 order by sequence", sequence).page(0, limit).list();
  }

  /**
   * The resource as the suite had recorded it by the instant: its latest change event then (a
   * deletion included), if it had any.
   */
  public Optional<ChangeEvent> versionAt(String resourceType, String resourceId, Instant knownAt) {
    return find(
            "resourceType = ?1 and resourceId = ?2 and occurredAt <= ?3 order by sequence desc",
            resourceType,
            resourceId,
            knownAt.atOffset(ZoneOffset.UTC))
        .firstResultOptional();
  }

  /** Every resource of the type as recorded by the instant: each one's latest event then. */
  public List<ChangeEvent> versionsAt(String resourceType, Instant knownAt) {
    return find(
            "from ChangeEvent e where e.resourceType = ?1 and e.sequence = (select max(f.sequence)"
                + " from ChangeEvent f where f.resourceType = ?1 and f.resourceId = e.resourceId"
                + " and f.occurredAt <= ?2)",
            resourceType,
            knownAt.atOffset(ZoneOffset.UTC))
        .list();
  }

  /**
   * Every resource of the type whose id starts with the prefix (for example a board's seats, {@code
   * E08000021/}), as recorded by the instant: each one's latest event then.
   */
  public List<ChangeEvent> versionsAt(String resourceType, String idPrefix, Instant knownAt) {
    return find(
            "from ChangeEvent e where e.resourceType = ?1 and e.resourceId like ?2 and e.sequence ="
                + " (select max(f.sequence) from ChangeEvent f where f.resourceType = ?1 and"
                + " f.resourceId = e.resourceId and f.occurredAt <= ?3) order by e.resourceId",
            resourceType,
            idPrefix.replace("%", "\\%").replace("_", "\\_") + "%",
            knownAt.atOffset(ZoneOffset.UTC))
        .list();
  }

  /**
   * Serialises writers of the outbox until their transaction ends, so that sequence order is commit
   * order and a consumer reading {@code after=n} can never miss a later-committed smaller sequence.
   */
  public void lockForAppend() {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext('change_event'))")
        // a native query would otherwise flush (and dirty-check) the whole persistence context
        .setFlushMode(FlushModeType.COMMIT)
        .getSingleResult();
  }
}
