package org.landscape.commissioning.imports;

import java.time.LocalDate;

/** One NHS trust as an ODS etr row describes it, open over {@code [openDate, closeDate)}. */
public record EtrRow(
    long line, String code, String name, LocalDate openDate, LocalDate closeDate) {}
