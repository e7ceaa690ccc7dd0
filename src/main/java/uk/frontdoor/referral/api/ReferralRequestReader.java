package uk.frontdoor.referral.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.Upn;
import uk.frontdoor.referral.ConsentStatus;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Route;
import uk.frontdoor.platform.FieldErrors;

/** Checks an API referral field by field and turns it into the stored document. */
final class ReferralRequestReader {

  static final int NAME = 200;
  static final int SHORT_TEXT = 500;
  static final int LONG_TEXT = 20_000;
  static final int MAX_CHILDREN = 20;

  private final FieldErrors errors = new FieldErrors();
  private final Authority authority;
  private final LocalDate today;

  ReferralRequestReader(Authority authority, LocalDate today) {
    this.authority = authority;
    this.today = today;
  }

  FieldErrors errors() {
    return errors;
  }

  /** The document, or empty if there were errors (see {@link #errors()}). */
  Optional<ReferralDocument> read(ReferralRequest request) {
    if (request == null) {
      errors.add("", "The request body must be a referral in JSON");
      return Optional.empty();
    }
    ReferralType type = referralType(request.referralType());
    ReferralDocument.Referrer referrer = referrer(request.referrer());
    List<ReferralDocument.Child> children = children(request.children());
    List<ReferralDocument.HouseholdMember> household = household(request.household());
    ReferralDocument.Concern concern = concern(request.concern());
    ReferralDocument.Consent consent = consent(request.consent());
    String actions = errors.optional("agencyActions", "agencyActions", request.agencyActions(), LONG_TEXT);
    Integer level = request.thresholdLevel();
    if (level != null && (level < 1 || level > 4)) {
      errors.add("thresholdLevel", "thresholdLevel must be 1, 2, 3 or 4");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReferralDocument(
            Route.PROFESSIONAL, type, referrer, false, children, household, null, concern, consent,
            actions, level, null, null, null, null));
  }

  private ReferralType referralType(String value) {
    String cleaned = FieldErrors.clean(value);
    if (cleaned == null) {
      errors.add("referralType", "referralType is required: SAFEGUARDING or EARLY_HELP");
      return null;
    }
    ReferralType type;
    try {
      type = ReferralType.valueOf(cleaned.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("referralType", "referralType must be SAFEGUARDING or EARLY_HELP");
      return null;
    }
    if (!authority.offers(type)) {
      errors.add("referralType", authority.name() + " does not take " + type + " referrals");
    }
    return type;
  }

  private ReferralDocument.Referrer referrer(ReferralRequest.Referrer referrer) {
    if (referrer == null) {
      errors.add("referrer", "referrer is required: who is making the referral");
      return null;
    }
    String name = errors.required("referrer.name", "referrer.name", referrer.name(), NAME, "referrer.name is required");
    String organisation =
        errors.required("referrer.organisation", "referrer.organisation", referrer.organisation(), NAME, "referrer.organisation is required");
    String role = errors.required("referrer.role", "referrer.role", referrer.role(), NAME, "referrer.role is required");
    String email = errors.email("referrer.email", referrer.email(), true, "referrer.email is required, so we can tell you the outcome");
    String phone = errors.optional("referrer.phone", "referrer.phone", referrer.phone(), 40);
    return new ReferralDocument.Referrer(name, null, organisation, role, email, phone);
  }

  private List<ReferralDocument.Child> children(List<ReferralRequest.Child> children) {
    if (children == null || children.isEmpty()) {
      errors.add("children", "children is required: at least one child");
      return List.of();
    }
    if (children.size() > MAX_CHILDREN) {
      errors.add("children", "children must have " + MAX_CHILDREN + " or fewer entries");
      return List.of();
    }
    List<ReferralDocument.Child> read = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      read.add(child("children[" + i + "].", children.get(i)));
    }
    return read;
  }

  private ReferralDocument.Child child(String at, ReferralRequest.Child child) {
    if (child == null) {
      errors.add(at.substring(0, at.length() - 1), "Each child must be an object");
      return null;
    }
    String first = errors.optional(at + "firstName", at + "firstName", child.firstName(), NAME);
    String last = errors.optional(at + "lastName", at + "lastName", child.lastName(), NAME);
    if (first == null && last == null) {
      errors.add(at + "firstName", at + "firstName or lastName is required");
    }
    LocalDate born = errors.isoDate(at + "dateOfBirth", child.dateOfBirth(), at + "dateOfBirth").orElse(null);
    if (born != null && born.isAfter(today)) {
      errors.add(at + "dateOfBirth", at + "dateOfBirth must be today or in the past; for an unborn child give expectedDate");
    }
    if (born != null && born.isBefore(today.minusYears(19))) {
      errors.add(at + "dateOfBirth", at + "dateOfBirth must be of a child (under 19)");
    }
    LocalDate expected = errors.isoDate(at + "expectedDate", child.expectedDate(), at + "expectedDate").orElse(null);
    if (expected != null && (expected.isBefore(today.minusMonths(1)) || expected.isAfter(today.plusMonths(10)))) {
      errors.add(at + "expectedDate", at + "expectedDate must be within the next 10 months");
    }
    if (born != null && expected != null) {
      errors.add(at + "expectedDate", "Give dateOfBirth or expectedDate, not both");
    }
    String nhs = FieldErrors.clean(child.nhsNumber());
    if (nhs != null) {
      NhsNumber.check(nhs).ifPresent(p -> errors.add(at + "nhsNumber", p.message()));
    }
    String upn = FieldErrors.clean(child.upn());
    if (upn != null) {
      Upn.check(upn).ifPresent(p -> errors.add(at + "upn", p.message()));
    }
    return new ReferralDocument.Child(
        first,
        last,
        born,
        expected,
        null,
        null,
        errors.optional(at + "gender", at + "gender", child.gender(), 50),
        nhs == null ? null : NhsNumber.parse(nhs).map(NhsNumber::value).orElse(nhs),
        upn == null ? null : Upn.parse(upn).map(Upn::value).orElse(upn),
        errors.optional(at + "school", at + "school", child.school(), NAME),
        errors.optional(at + "gp", at + "gp", child.gp(), NAME),
        address(at + "address.", child.address()));
  }

  private ReferralDocument.Address address(String at, ReferralRequest.Address address) {
    if (address == null) {
      return null;
    }
    return new ReferralDocument.Address(
        errors.optional(at + "line1", at + "line1", address.line1(), NAME),
        errors.optional(at + "line2", at + "line2", address.line2(), NAME),
        errors.optional(at + "town", at + "town", address.town(), NAME),
        errors.optional(at + "postcode", at + "postcode", address.postcode(), 10));
  }

  private List<ReferralDocument.HouseholdMember> household(List<ReferralRequest.HouseholdMember> members) {
    if (members == null) {
      return List.of();
    }
    List<ReferralDocument.HouseholdMember> read = new ArrayList<>();
    for (int i = 0; i < Math.min(members.size(), 30); i++) {
      String at = "household[" + i + "].";
      ReferralRequest.HouseholdMember member = members.get(i);
      if (member == null) {
        continue;
      }
      read.add(
          new ReferralDocument.HouseholdMember(
              errors.required(at + "name", at + "name", member.name(), NAME, at + "name is required"),
              errors.optional(at + "relationship", at + "relationship", member.relationship(), NAME),
              errors.isoDate(at + "dateOfBirth", member.dateOfBirth(), at + "dateOfBirth").orElse(null),
              address(at + "address.", member.address())));
    }
    return read;
  }

  private ReferralDocument.Concern concern(ReferralRequest.Concern concern) {
    if (concern == null) {
      errors.add("concern", "concern is required: what has happened");
      return null;
    }
    String summary =
        errors.required("concern.summary", "concern.summary", concern.summary(), LONG_TEXT, "concern.summary is required: what has happened");
    List<HarmCategory> categories = new ArrayList<>();
    if (concern.categories() == null || concern.categories().isEmpty()) {
      errors.add("concern.categories", "concern.categories is required: one or more of " + List.of(HarmCategory.values()));
    } else {
      for (String category : concern.categories()) {
        HarmCategory.named(String.valueOf(category).strip().toUpperCase(Locale.ROOT))
            .ifPresentOrElse(
                categories::add,
                () -> errors.add("concern.categories", "concern.categories must be from " + List.of(HarmCategory.values())));
      }
    }
    if (concern.immediateDanger() == null) {
      errors.add("concern.immediateDanger", "concern.immediateDanger is required: true or false");
    }
    return new ReferralDocument.Concern(
        summary,
        errors.optional("concern.when", "concern.when", concern.when(), SHORT_TEXT),
        categories,
        Boolean.TRUE.equals(concern.immediateDanger()),
        errors.optional("concern.familyAware", "concern.familyAware", concern.familyAware(), SHORT_TEXT),
        errors.optional("concern.evidence", "concern.evidence", concern.evidence(), LONG_TEXT));
  }

  private ReferralDocument.Consent consent(ReferralRequest.Consent consent) {
    if (consent == null) {
      errors.add("consent", "consent is required: GIVEN, NOT_SOUGHT_RISK or REFUSED");
      return null;
    }
    ConsentStatus status = null;
    String value = FieldErrors.clean(consent.status());
    try {
      status = value == null ? null : ConsentStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (status == null) {
      errors.add("consent.status", "consent.status must be GIVEN, NOT_SOUGHT_RISK or REFUSED");
    }
    String reason = errors.optional("consent.reason", "consent.reason", consent.reason(), LONG_TEXT);
    if (status != null && status != ConsentStatus.GIVEN && reason == null) {
      errors.add("consent.reason", "consent.reason is required when consent is " + status);
    }
    return new ReferralDocument.Consent(status, reason);
  }
}
