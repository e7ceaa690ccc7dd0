package uk.frontdoor.referral.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * Referrals from partner organisations' systems (police, health, schools), which today send them
 * by email. Documented in {@code /api/openapi.yaml}.
 */
@RestController
@RequestMapping("/api/v1/{slug}/referrals")
@PreAuthorize("hasRole('PARTNER_SYSTEM')")
class ReferralApiController {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Authorities authorities;
  private final Referrals referrals;
  private final PartnerKeys keys;
  private final Clock clock;

  ReferralApiController(Authorities authorities, Referrals referrals, PartnerKeys keys, Clock clock) {
    this.authorities = authorities;
    this.keys = keys;
    this.referrals = referrals;
    this.clock = clock;
  }

  /** The receipt for a stored referral. */
  record Created(String reference, String status, Instant submittedAt, String location) {}

  /** A referral's status, for the organisation that sent it. */
  record Status(String reference, String status, Instant submittedAt, String outcome) {}

  @PostMapping
  ResponseEntity<?> submit(
      @PathVariable String slug,
      @AuthenticationPrincipal PartnerPrincipal partner,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody(required = false) ReferralRequest request) {
    Optional<Authority> authority = authorityFor(slug, partner);
    if (authority.isEmpty()) {
      return notFound("No council at this address takes referrals with your key.");
    }
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > Submission.MAX_IDEMPOTENCY_KEY)) {
      return invalid(Map.of("Idempotency-Key", "Idempotency-Key must be 1 to 200 characters"));
    }
    ReferralRequestReader reader =
        new ReferralRequestReader(authority.get(), LocalDate.ofInstant(clock.instant(), LONDON));
    Optional<ReferralDocument> document = reader.read(request);
    if (document.isEmpty()) {
      return invalid(reader.errors().ordered());
    }
    String key = idempotencyKey == null ? "api:" + UUID.randomUUID() : "api:" + partner.keyId() + ":" + idempotencyKey;
    Receipt receipt =
        referrals.submit(
            new Submission(partner.authorityId(), Channel.API, document.get(), key, partner.keyId(), null));
    String location = "/api/v1/" + slug + "/referrals/" + receipt.reference();
    // A repeat of an earlier request gets the same answer, marked as a replay.
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create(location))
        .header("Idempotent-Replayed", String.valueOf(!receipt.created()))
        .body(new Created(receipt.reference(), "RECEIVED", receipt.submittedAt(), location));
  }

  @GetMapping("/{reference}")
  ResponseEntity<?> status(
      @PathVariable String slug,
      @PathVariable String reference,
      @AuthenticationPrincipal PartnerPrincipal partner) {
    Optional<ReferralSummary> summary =
        authorityFor(slug, partner)
            .flatMap(a -> referrals.find(partner.authorityId(), reference))
            .filter(r -> r.partnerId() != null && keys.sameOrganisation(r.partnerId(), partner));
    if (summary.isEmpty()) {
      return notFound("Your organisation sent no referral with this reference to this council.");
    }
    ReferralSummary r = summary.get();
    return ResponseEntity.ok(new Status(r.reference(), r.status().name(), r.submittedAt(), r.outcome()));
  }

  private Optional<Authority> authorityFor(String slug, PartnerPrincipal partner) {
    return authorities
        .findBySlug(slug)
        .filter(a -> a.id().value().equals(partner.authorityId()));
  }

  private static ResponseEntity<ProblemDetail> notFound(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    problem.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  private static ResponseEntity<ProblemDetail> invalid(Map<String, String> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The referral has " + errors.size() + " problem(s); see errors.");
    problem.setTitle("Invalid referral");
    problem.setProperty(
        "errors",
        errors.entrySet().stream()
            .map(e -> Map.of("field", e.getKey(), "message", e.getValue()))
            .toList());
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The body is not a referral in JSON: check the syntax and that each field has the right type.");
    problem.setTitle("Unreadable referral");
    problem.setProperty("errors", List.of(Map.of("field", "", "message", "Body is not valid JSON for a referral")));
    return ResponseEntity.badRequest().body(problem);
  }
}
