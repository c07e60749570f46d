package org.landscape.practice.domain;

import java.time.LocalDate;
import java.util.List;

/** The member practices a CCG handover moved (or would, in a dry run), or moved back. */
public record HandoverOutcome(
    String successorCode,
    LocalDate effectiveDate,
    boolean dryRun,
    List<PracticeMove> transferred,
    List<PracticeMove> alreadyTransferred,
    List<PracticeMove> reverted) {}
