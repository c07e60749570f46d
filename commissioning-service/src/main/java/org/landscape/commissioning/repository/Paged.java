package org.landscape.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;

/** One page of a query, with the total that matches. */
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
