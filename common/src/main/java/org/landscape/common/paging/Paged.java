package org.landscape.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a Panache query, with its total. */
public final class Paged {

  private Paged() {}

  public static <T> Page<T> of(PanacheQuery<T> query, PageRequest page) {
    long total = query.count();
    return new Page<>(
        query.range(page.offset, page.offset + page.limit - 1).list(),
        total,
        page.limit,
        page.offset);
  }
}
