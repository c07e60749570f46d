package org.landscape.ccg.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A local authority as hwb-service describes it (only what this service needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalAuthorityRef(
    String code,
    String name,
    String kind,
    String upperTierCode,
    boolean hostsHealthAndWellbeingBoard) {}
