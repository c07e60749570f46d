package org.landscape.common.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

  @ParameterizedTest(name = "{0} items in pages of {1}: {2} calls")
  @CsvSource({"0, 500, 1", "1, 500, 1", "500, 500, 1", "501, 500, 2", "1200, 500, 3"})
  void a_peers_list_is_read_page_after_page_until_its_total(int total, int size, int calls) {
    List<Integer> items = IntStream.range(0, total).boxed().toList();
    List<Integer> offsets = new ArrayList<>();
    List<Integer> read =
        Page.readAll(
            size,
            offset -> {
              offsets.add(offset);
              return new Page<>(
                  items.subList(Math.min(offset, total), Math.min(offset + size, total)),
                  total,
                  size,
                  offset);
            });
    assertThat(read).isEqualTo(items);
    assertThat(offsets).hasSize(calls).isSorted().doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} items, limit {1}, offset {2}: {3} on the page")
  @CsvSource({"0, 50, 0, 0", "10, 50, 0, 10", "120, 50, 100, 20", "120, 50, 120, 0", "5, 2, 9, 0"})
  void a_list_in_memory_is_paged_like_a_query(int size, int limit, int offset, int onPage) {
    List<Integer> all = IntStream.range(0, size).boxed().toList();

    Page<Integer> page = Page.of(all, PageRequest.of(limit, offset));

    assertThat(page.items()).hasSize(onPage);
    assertThat(page.total()).isEqualTo(size);
    if (onPage > 0) {
      assertThat(page.items().getFirst()).isEqualTo(offset);
    }
  }
}
