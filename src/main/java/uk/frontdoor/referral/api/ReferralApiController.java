package uk.frontdoor.referral.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
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


  private final Authorities authorities;
  private final Referrals referrals;
  private final PartnerKeys keys;
  private final Clock clock;

  /**
   * Reads a referral as written, never as it might be coerced: a number is not text, text is not
   * a number, 2.5 is not a level, and a field the API does not have is a mistake to report.
   */
  private final JsonMapper strict;

  ReferralApiController(Authorities authorities, Referrals referrals, PartnerKeys keys, Clock clock, JsonMapper json) {
    this.authorities = authorities;
    this.keys = keys;
    this.referrals = referrals;
    this.clock = clock;
    this.strict =
        json.rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Integer, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Float, CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Boolean, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Integer, CoercionInputShape.Float))
            .build();
  }

  private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      config.setCoercion(shape, CoercionAction.Fail);
    }
  }

  /** The receipt for a stored referral. */
  record Created(String reference, String status, Instant submittedAt, String location) {}

  /** A referral's status, for the organisation that sent it, with the steps the council's work has reached since its decision. */
  record Status(String reference, String status, Instant submittedAt, String outcome, List<Progress> progress) {}

  /** A step reached after the decision: "ASSESSMENT_STARTED", "Assessment started", when. */
  record Progress(String step, String words, Instant at) {}

  @PostMapping
  ResponseEntity<?> submit(
      @PathVariable String slug,
      @AuthenticationPrincipal PartnerPrincipal partner,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody(required = false) byte[] body) {
    Optional<Authority> authority = authorityFor(slug, partner);
    if (authority.isEmpty()) {
      return notFound("No council at this address takes referrals with your key.");
    }
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > Submission.MAX_IDEMPOTENCY_KEY)) {
      return invalid(Map.of("Idempotency-Key", "Idempotency-Key must be 1 to 200 characters"));
    }
    ReferralRequest request;
    try {
      request = body == null || body.length == 0 ? null : strict.readValue(body, ReferralRequest.class);
    } catch (JacksonException e) {
      return invalid(Map.of(JsonProblems.field(e), JsonProblems.message(e)));
    }
    ReferralRequestReader reader =
        new ReferralRequestReader(authority.get(), LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    Optional<ReferralDocument> document = reader.read(request);
    if (document.isEmpty()) {
      return invalid(reader.errors().ordered());
    }
    String key = idempotencyKey == null ? "api:" + UUID.randomUUID() : "api:" + partner.keyId() + ":" + idempotencyKey;
    Receipt receipt =
        referrals.submit(
            new Submission(partner.authorityId(), Channel.API, document.get(), key, partner.keyId(), null));
    if (!receipt.sameRequest()) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "This Idempotency-Key was already used for a different referral. Nothing was stored:"
                  + " send a new referral with a new key; reuse a key only to retry the same request.");
      problem.setTitle("Idempotency-Key reused for a different referral");
      problem.setProperty(
          "errors", List.of(Map.of("field", "Idempotency-Key", "message", "Idempotency-Key was already used for a different referral")));
      return ResponseEntity.unprocessableContent().body(problem);
    }
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
    return ResponseEntity.ok(new Status(r.reference(), r.status().name(), r.submittedAt(), r.outcome(),
        r.progress().stream().map(p -> new Progress(p.step().name(), p.words(), p.at())).toList()));
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

}
