package uk.frontdoor.authority;

import java.util.List;
import java.util.Optional;

/** The councils this deployment serves. */
public interface Authorities {

  List<Authority> all();

  Optional<Authority> findBySlug(String slug);

  default Optional<Authority> findById(AuthorityId id) {
    return all().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * A council that must exist, such as a signed-in member of staff's own.
   *
   * @throws java.util.NoSuchElementException if there is no such council
   */
  default Authority get(java.util.UUID id) {
    return findById(new AuthorityId(id)).orElseThrow();
  }

  /** The councils that cover some or all of the postcode's district, by name. */
  default List<Authority> covering(Postcode postcode) {
    return all().stream().filter(a -> a.covers(postcode)).toList();
  }
}
