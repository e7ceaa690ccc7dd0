package uk.frontdoor.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The links of GOV.UK's pagination component ({@code fragments/pagination :: pagination}): the
 * previous and next pages, the first and the last, and the pages either side of the current one,
 * with an ellipsis where pages are left out, as the Design System shows them.
 *
 * @param previous the previous page's address, or null on the first page
 * @param next the next page's address, or null on the last page
 */
public record Pagination(String previous, String next, List<Item> items) {

  /** A page's number and address, or (number 0) an ellipsis standing for the pages left out. */
  public record Item(int number, String href, boolean current) {
    public boolean ellipsis() {
      return number == 0;
    }
  }

  /**
   * @param page the current page, from 1
   * @param pages how many pages there are
   * @param href a page's address from its number
   */
  public static Pagination of(int page, int pages, IntFunction<String> href) {
    List<Item> items = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= pages; n++) {
      if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
        if (n > last + 1) {
          items.add(new Item(0, null, false));
        }
        items.add(new Item(n, href.apply(n), n == page));
        last = n;
      }
    }
    return new Pagination(
        page > 1 ? href.apply(page - 1) : null, page < pages ? href.apply(page + 1) : null, List.copyOf(items));
  }

  /** One page needs no pagination. */
  public boolean needed() {
    return previous != null || next != null;
  }
}
