package org.landscape.common.changefeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How far this service has followed one peer's change feed. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

  @Id public String feed;

  @Column(nullable = false)
  public long position;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
