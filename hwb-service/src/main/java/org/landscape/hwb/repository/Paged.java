package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;

/** Runs a query for one page of results and the total. */
final class Paged {

  private Paged() {}

  static <T> Page<T> of(PanacheQuery<T> query, PageRequest page) {
    long total = query.count();
    return new Page<>(
        query.range(page.offset, page.offset + page.limit - 1).list(),
        total,
        page.limit,
        page.offset);
  }
}
