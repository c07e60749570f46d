package org.landscape.practice.repository;

import org.landscape.practice.domain.PracticeStatus;

/** Optional filters of a practice search; null means "any". */
public record PracticeFilter(
    String nameContains, String postcodePrefix, PracticeStatus status, String ccgCode) {}
