package uk.frontdoor.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the address asks for is not there, or not there for whoever asks: no council with that
 * slug, no contact with that reference in the worker's council, a page past the journey. Shown to
 * people as the GOV.UK "Page not found" page, and to API callers as a 404 problem.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

  /** @param what what was asked for, for the log: a slug, a reference, an address */
  public NotFoundException(String what) {
    super("Not found: " + what);
  }
}
