package org.landscape.ccg.api;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.landscape.common.changefeed.FeedFollower;

/**
 * Follows ccg-service's change feed in the background for the service's {@link CcgFeedHandler},
 * catching up a bounded amount per run (every {@code landscape.feeds.interval}, first after {@code
 * landscape.feeds.delay}). A service without a handler follows nothing.
 */
@ApplicationScoped
public class CcgFeedJob {

  public static final String FEED = "ccg-service";
  private static final int MAX_PAGES_PER_RUN = 100;

  @Inject FeedFollower follower;
  @Inject Instance<CcgFeedHandler> handler;

  @ConfigProperty(name = "quarkus.rest-client.ccg.url")
  URI ccgService;

  @Scheduled(
      every = "${landscape.feeds.interval}",
      delayed = "${landscape.feeds.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void follow() {
    if (handler.isResolvable()) {
      catchUp();
    }
  }

  /** Applies pages until the feed is exhausted (or the bound is hit); the changes applied. */
  public int catchUp() {
    return follower.catchUp(FEED, ccgService, handler.get(), MAX_PAGES_PER_RUN);
  }
}
