package org.landscape.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of matching items. */
@Schema(description = "One page of results")
public record Page<T>(
    @Schema(description = "The items of this page") List<T> items,
    @Schema(description = "How many items match in all", example = "326") long total,
    @Schema(example = "50") int limit,
    @Schema(example = "0") int offset) {

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, limit, offset);
  }

  /** The page the request asks for of a list already in memory, in its order. */
  public static <T> Page<T> of(List<T> all, PageRequest page) {
    int from = Math.min(page.offset, all.size());
    int to = Math.min(from + page.limit, all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), all.size(), page.limit, page.offset);
  }

  /** Every item of a peer's list, read page after page from offset 0 until its total. */
  public static <T> List<T> readAll(int pageSize, IntFunction<Page<T>> pageAt) {
    List<T> all = new ArrayList<>();
    long total;
    int offset = 0;
    do {
      Page<T> page = pageAt.apply(offset);
      all.addAll(page.items());
      total = page.total();
      offset += pageSize;
    } while (offset < total);
    return all;
  }
}
