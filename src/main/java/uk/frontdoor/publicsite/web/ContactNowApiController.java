package uk.frontdoor.publicsite.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ContactNow;
import uk.frontdoor.authority.ContactNowService;
import uk.frontdoor.authority.OfficeStatus;
import uk.frontdoor.authority.Team;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;

/**
 * Who to call about a child right now, as JSON, for other sites and services to embed. Uses the
 * same decision as the public pages.
 */
@RestController
@PublicAccess
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
record ContactNowApiController(Authorities authorities, ContactNowService contactNow, Clock clock) {

  /** The answer: {@code officeOpen} is null where the council does not publish its hours. */
  record ContactNowResponse(
      String authority,
      String authorityName,
      String audience,
      Instant at,
      Boolean officeOpen,
      String officeState,
      Instant nextChange,
      Service callNow,
      List<Service> alsoAvailable,
      String emergency,
      String policeNonEmergency,
      String website) {}

  /** A service to call: {@code phone} is null where the council has not published a number. */
  record Service(
      String code, String name, String phone, boolean phoneKnown, String email, String availability, String hours) {
    static Service of(Team team) {
      return new Service(
          team.code(),
          team.name(),
          team.phone(),
          team.phoneKnown(),
          team.email(),
          team.availability().name(),
          team.hours());
    }
  }

  @GetMapping("/api/v1/authorities/{slug}/contact-now")
  ContactNowResponse contactNow(
      @PathVariable String slug,
      @RequestParam(name = "audience", defaultValue = "public") String audience) {
    Authority authority =
        authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
    ContactNow answer = contactNow.contactNow(authority, audience(audience), clock.instant());
    OfficeStatus office = answer.office();
    return new ContactNowResponse(
        authority.slug(),
        authority.name(),
        answer.audience().name(),
        answer.at(),
        switch (office.state()) {
          case OPEN -> true;
          case CLOSED -> false;
          case UNKNOWN -> null;
        },
        office.state().name(),
        office.changesAt().orElse(null),
        Service.of(answer.callNow()),
        answer.alsoAvailable().stream().map(Service::of).toList(),
        "999",
        authority.policeNonEmergency() ? "101" : null,
        authority.website());
  }

  private static Audience audience(String value) {
    try {
      return Audience.valueOf(value.toUpperCase(Locale.UK));
    } catch (IllegalArgumentException e) {
      throw new BadAudienceException(value);
    }
  }

  static class BadAudienceException extends RuntimeException {
    BadAudienceException(String value) {
      super("audience must be public or professional, not " + value);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No council has that name in its address.");
    problem.setTitle("Authority not found");
    return problem;
  }

  @ExceptionHandler(BadAudienceException.class)
  ProblemDetail badAudience(BadAudienceException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid audience");
    return problem;
  }
}
