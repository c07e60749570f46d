package org.landscape.hwb.feeds;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.landscape.common.changefeed.FeedFollower;

/** Follows ccg-service's change feed in the background, catching up a bounded amount per run. */
@ApplicationScoped
public class CcgFeedJob {

  public static final String FEED = "ccg-service";
  private static final int MAX_PAGES_PER_RUN = 100;

  @Inject FeedFollower follower;
  @Inject CcgFeedHandler handler;

  @ConfigProperty(name = "quarkus.rest-client.ccg.url")
  URI ccgService;

  @Scheduled(
      every = "${landscape.feeds.interval:5s}",
      delayed = "${landscape.feeds.delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void follow() {
    catchUp();
  }

  /** Applies pages until the feed is exhausted (or the bound is hit); the changes applied. */
  public int catchUp() {
    return follower.catchUp(FEED, ccgService, handler, MAX_PAGES_PER_RUN);
  }
}
