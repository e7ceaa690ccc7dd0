package uk.frontdoor.referral.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.Upn;
import uk.frontdoor.platform.Labelled;
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
  static final int MAX_HOUSEHOLD = 30;
  /** No one alive was born before this; an older date is a system's "unknown". */
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

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
    String actions = optional("agencyActions", request.agencyActions(), LONG_TEXT);
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

  /** An optional text field: not too long, and no control characters but tabs and line breaks. */
  private String optional(String field, String value, int max) {
    String cleaned = errors.optional(field, field, value, max);
    printable(field, cleaned);
    return cleaned;
  }

  private String required(String field, String value, int max, String whenMissing) {
    String cleaned = errors.required(field, field, value, max, whenMissing);
    printable(field, cleaned);
    return cleaned;
  }

  /**
   * Refuses text with a NUL or another control character (tabs and line breaks apart), or half of
   * a UTF-16 surrogate pair: no page could show it as sent.
   */
  private void printable(String field, String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
              : Character.isLowSurrogate(c);
      if (control || lone) {
        errors.add(field, field + " must not contain control characters or unpaired surrogates");
        return;
      }
    }
  }

  /** A date written YYYY-MM-DD (no signed or five-digit years), or empty with an error recorded. */
  private Optional<LocalDate> date(String field, String value) {
    String cleaned = FieldErrors.clean(value);
    if (cleaned != null && !cleaned.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      errors.add(field, field + " must be a real date, written as YYYY-MM-DD");
      return Optional.empty();
    }
    return errors.isoDate(field, cleaned, field);
  }

  /** A person's date of birth: a real date, not before 1900 and not after today. */
  private LocalDate bornOn(String field, String value) {
    LocalDate born = date(field, value).orElse(null);
    if (born != null && (born.isBefore(EARLIEST_BIRTH) || born.isAfter(today))) {
      errors.add(field, field + " must be between 1900-01-01 and today");
      return null;
    }
    return born;
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
    String name = required("referrer.name", referrer.name(), NAME, "referrer.name is required");
    String organisation =
        required("referrer.organisation", referrer.organisation(), NAME, "referrer.organisation is required");
    String role = required("referrer.role", referrer.role(), NAME, "referrer.role is required");
    String email = errors.email("referrer.email", referrer.email(), true, "referrer.email is required, so we can tell you the outcome");
    printable("referrer.email", email);
    String phone = optional("referrer.phone", referrer.phone(), 40);
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
    String first = optional(at + "firstName", child.firstName(), NAME);
    String last = optional(at + "lastName", child.lastName(), NAME);
    if (first == null && last == null) {
      errors.add(at + "firstName", at + "firstName or lastName is required");
    }
    LocalDate born = date(at + "dateOfBirth", child.dateOfBirth()).orElse(null);
    if (born != null && born.isAfter(today)) {
      errors.add(at + "dateOfBirth", at + "dateOfBirth must be today or in the past; for an unborn child give expectedDate");
      born = null;
    }
    if (born != null && born.isBefore(today.minusYears(19))) {
      errors.add(at + "dateOfBirth", at + "dateOfBirth must be of a child (under 19)");
      born = null;
    }
    LocalDate expected = date(at + "expectedDate", child.expectedDate()).orElse(null);
    if (expected != null && (expected.isBefore(today.minusMonths(1)) || expected.isAfter(today.plusMonths(10)))) {
      errors.add(at + "expectedDate", at + "expectedDate must be within the next 10 months");
      expected = null;
    }
    if (born != null && expected != null) {
      errors.add(at + "expectedDate", "Give dateOfBirth or expectedDate, not both");
    }
    String nhs = optional(at + "nhsNumber", child.nhsNumber(), 20);
    if (nhs != null && !errors.has(at + "nhsNumber")) {
      NhsNumber.check(nhs).ifPresent(p -> errors.add(at + "nhsNumber", p.message()));
    }
    String upn = optional(at + "upn", child.upn(), 20);
    if (upn != null && !errors.has(at + "upn")) {
      Upn.check(upn).ifPresent(p -> errors.add(at + "upn", p.message()));
    }
    return new ReferralDocument.Child(
        first,
        last,
        born,
        expected,
        null,
        null,
        optional(at + "gender", child.gender(), 50),
        nhs == null ? null : NhsNumber.parse(nhs).map(NhsNumber::value).orElse(nhs),
        upn == null ? null : Upn.parse(upn).map(Upn::value).orElse(upn),
        optional(at + "school", child.school(), NAME),
        optional(at + "gp", child.gp(), NAME),
        address(at + "address.", child.address()));
  }

  private ReferralDocument.Address address(String at, ReferralRequest.Address address) {
    if (address == null) {
      return null;
    }
    return new ReferralDocument.Address(
        optional(at + "line1", address.line1(), NAME),
        optional(at + "line2", address.line2(), NAME),
        optional(at + "town", address.town(), NAME),
        optional(at + "postcode", address.postcode(), 10));
  }

  private List<ReferralDocument.HouseholdMember> household(List<ReferralRequest.HouseholdMember> members) {
    if (members == null) {
      return List.of();
    }
    if (members.size() > MAX_HOUSEHOLD) {
      errors.add("household", "household must have " + MAX_HOUSEHOLD + " or fewer entries");
      return List.of();
    }
    List<ReferralDocument.HouseholdMember> read = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      String at = "household[" + i + "].";
      ReferralRequest.HouseholdMember member = members.get(i);
      if (member == null) {
        errors.add("household[" + i + "]", "Each household member must be an object");
        continue;
      }
      read.add(
          new ReferralDocument.HouseholdMember(
              required(at + "name", member.name(), NAME, at + "name is required"),
              optional(at + "relationship", member.relationship(), NAME),
              bornOn(at + "dateOfBirth", member.dateOfBirth()),
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
        required("concern.summary", concern.summary(), LONG_TEXT, "concern.summary is required: what has happened");
    // Each kind of harm once, in the order given.
    Set<HarmCategory> categories = new LinkedHashSet<>();
    if (concern.categories() == null || concern.categories().isEmpty()) {
      errors.add("concern.categories", "concern.categories is required: one or more of " + List.of(HarmCategory.values()));
    } else if (concern.categories().size() > HarmCategory.values().length) {
      errors.add("concern.categories", "concern.categories must name each kind of harm at most once: "
          + HarmCategory.values().length + " or fewer entries");
    } else {
      for (String category : concern.categories()) {
        Labelled.named(HarmCategory.class, String.valueOf(category).strip().toUpperCase(Locale.ROOT))
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
        optional("concern.when", concern.when(), SHORT_TEXT),
        List.copyOf(categories),
        Boolean.TRUE.equals(concern.immediateDanger()),
        optional("concern.familyAware", concern.familyAware(), SHORT_TEXT),
        optional("concern.evidence", concern.evidence(), LONG_TEXT));
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
    String reason = optional("consent.reason", consent.reason(), LONG_TEXT);
    if (status != null && status != ConsentStatus.GIVEN && reason == null) {
      errors.add("consent.reason", "consent.reason is required when consent is " + status);
    }
    return new ReferralDocument.Consent(status, reason);
  }
}
