package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A CCG as ccg-service lists it (only what this service needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CcgSummary(String code, String name) {}
