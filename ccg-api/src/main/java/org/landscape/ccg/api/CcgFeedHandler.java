package org.landscape.ccg.api;

import org.landscape.common.changefeed.FeedHandler;

/**
 * What a service that keeps state derived from ccg-service does with each change of its feed. A
 * service provides one such bean, and {@link CcgFeedJob} follows the feed for it.
 */
public interface CcgFeedHandler extends FeedHandler {}
