package org.landscape.ccg.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalAuthorityPage(
    List<LocalAuthorityRef> items, long total, int limit, int offset) {}
