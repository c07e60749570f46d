package org.landscape.common.changefeed;

/**
 * Applies a peer's changes to this service's derived state. Called inside the transaction that
 * moves the cursor; must be idempotent, since a feed may deliver a change again.
 */
@FunctionalInterface
public interface FeedHandler {
  void apply(FeedEvent event);
}
