package uk.frontdoor.publicsite.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.frontdoor.platform.NotFoundException;

/** A web address naming no council, or nothing that is there, gets the GOV.UK "Page not found" page. */
@ControllerAdvice(basePackageClasses = PageNotFoundAdvice.class)
class PageNotFoundAdvice {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String pageNotFound() {
    return "error/404";
  }
}
