package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a peer's list, as every service of the suite pages its lists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeerPage<T>(List<T> items, long total) {}
