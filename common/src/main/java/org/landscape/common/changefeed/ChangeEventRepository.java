package org.landscape.common.changefeed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.List;

@ApplicationScoped
public class ChangeEventRepository implements PanacheRepositoryBase<ChangeEvent, Long> {

  public List<ChangeEvent> after(long sequence, int limit) {
    return find("sequence > ?1 order by sequence", sequence).page(0, limit).list();
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
