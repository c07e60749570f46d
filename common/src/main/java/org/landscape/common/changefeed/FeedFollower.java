package org.landscape.common.changefeed;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Follows a peer's change feed with a cursor stored in this service's database: after a restart of
 * either side it goes on from where it was. A page is read from the peer outside any transaction,
 * then applied in one transaction that locks the cursor's row and only proceeds if the cursor has
 * not moved meanwhile: with several replicas, each change is applied once.
 */
@ApplicationScoped
public class FeedFollower {

  private static final Logger LOG = Logger.getLogger(FeedFollower.class);
  private static final int PAGE = 200;

  @Inject EntityManager entityManager;

  private final Map<String, FeedClient> clients = new ConcurrentHashMap<>();

  /**
   * Applies pages until the feed is exhausted or {@code maxPages} were applied (a background job's
   * bounded catch-up per run); the number of changes applied.
   */
  public int catchUp(String feed, URI peer, FeedHandler handler, int maxPages) {
    int applied = 0;
    for (int page = 0; page < maxPages; page++) {
      int count = followOnce(feed, peer, handler);
      if (count == 0) {
        break;
      }
      applied += count;
    }
    return applied;
  }

  /** Reads and applies the next page of the feed; the number of changes applied. */
  public int followOnce(String feed, URI peer, FeedHandler handler) {
    long position = position(feed);
    FeedEvent.Page page;
    try {
      page = client(peer).after(position, PAGE);
    } catch (RuntimeException unreachable) {
      LOG.debugf(
          "feed %s: %s cannot be read now (%s); will retry", feed, peer, unreachable.toString());
      return 0;
    }
    if (page.items().isEmpty()) {
      return 0;
    }
    return apply(feed, position, page, handler);
  }

  @Transactional
  public long position(String feed) {
    FeedCursor cursor = entityManager.find(FeedCursor.class, feed);
    return cursor == null ? 0 : cursor.position;
  }

  @Transactional
  int apply(String feed, long expectedPosition, FeedEvent.Page page, FeedHandler handler) {
    entityManager
        .createNativeQuery("insert into feed_cursor (feed) values (?1) on conflict do nothing")
        .setParameter(1, feed)
        .executeUpdate();
    FeedCursor cursor = entityManager.find(FeedCursor.class, feed, LockModeType.PESSIMISTIC_WRITE);
    if (cursor.position != expectedPosition) {
      return 0; // another replica applied this page first
    }
    for (FeedEvent event : page.items()) {
      handler.apply(event);
    }
    cursor.position = page.next();
    cursor.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    return page.items().size();
  }

  private FeedClient client(URI peer) {
    return clients.computeIfAbsent(
        peer.toString(),
        url ->
            QuarkusRestClientBuilder.newBuilder()
                .baseUri(peer)
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build(FeedClient.class));
  }
}
