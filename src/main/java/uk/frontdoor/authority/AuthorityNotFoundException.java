package uk.frontdoor.authority;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No council has this slug. Shown to people as the "Page not found" page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AuthorityNotFoundException extends RuntimeException {
  public AuthorityNotFoundException(String slug) {
    super("No authority with slug " + slug);
  }
}
