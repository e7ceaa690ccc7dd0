package uk.frontdoor.publicsite.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.frontdoor.authority.AuthorityNotFoundException;

/** A web address naming no council gets the GOV.UK "Page not found" page. */
@ControllerAdvice(basePackageClasses = PageNotFoundAdvice.class)
class PageNotFoundAdvice {

  @ExceptionHandler(AuthorityNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String pageNotFound() {
    return "error/404";
  }
}
