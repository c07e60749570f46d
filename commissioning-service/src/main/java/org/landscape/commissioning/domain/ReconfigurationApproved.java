package org.landscape.commissioning.domain;

/** A reconfiguration was approved: its saga may run as soon as the approval is committed. */
public record ReconfigurationApproved(long reconfigurationId) {}
