package uk.frontdoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.frontdoor.authority.ReferralType;

/**
 * Everything a referrer told the council, stored as submitted. Fields a route does not ask are
 * null. Free text is kept as text and escaped wherever it is shown.
 *
 * @param referrer null for an anonymous report: no identity is asked for or stored
 * @param confidential the referrer asked that the family not be told who they are
 * @param familyNotes the family and others in the household, as the referrer described them
 * @param answers every question a short route asked and its answer, in order
 * @param followsPhoneCall the reference of the phone call this written referral follows, if the
 *     referrer rang first and was asked to put it in writing
 */
public record ReferralDocument(
    Route route,
    ReferralType referralType,
    Referrer referrer,
    boolean confidential,
    List<Child> children,
    List<HouseholdMember> household,
    String familyNotes,
    Concern concern,
    Consent consent,
    String agencyActions,
    Integer thresholdLevel,
    AdultWhoWorksWithChildren adult,
    PhoneContact phoneContact,
    List<Answer> answers,
    String followsPhoneCall) {

  public ReferralDocument {
    children = present(children);
    household = present(household);
    answers = present(answers);
  }

  /**
   * The entries of a list that are there: none for a missing list, and never a null entry (a
   * document stored by an older release, or read with a value no longer known, may hold one).
   */
  static <T> List<T> present(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  /** A document for the route, its parts given by name: {@code ReferralDocument.from(route).referrer(…).children(…).build()}. */
  public static Builder from(Route route) {
    return new Builder(route);
  }

  /** Builds a document part by part; a part not given is null (or an empty list). */
  public static final class Builder {
    private final Route route;
    private ReferralType referralType;
    private Referrer referrer;
    private boolean confidential;
    private List<Child> children = List.of();
    private List<HouseholdMember> household = List.of();
    private String familyNotes;
    private Concern concern;
    private Consent consent;
    private String agencyActions;
    private Integer thresholdLevel;
    private AdultWhoWorksWithChildren adult;
    private PhoneContact phoneContact;
    private List<Answer> answers = List.of();
    private String followsPhoneCall;

    private Builder(Route route) {
      this.route = route;
    }

    public Builder referralType(ReferralType value) { referralType = value; return this; }
    public Builder referrer(Referrer value) { referrer = value; return this; }
    public Builder confidential(boolean value) { confidential = value; return this; }
    public Builder children(List<Child> value) { children = value; return this; }
    public Builder household(List<HouseholdMember> value) { household = value; return this; }
    public Builder familyNotes(String value) { familyNotes = value; return this; }
    public Builder concern(Concern value) { concern = value; return this; }
    public Builder consent(Consent value) { consent = value; return this; }
    public Builder agencyActions(String value) { agencyActions = value; return this; }
    public Builder thresholdLevel(Integer value) { thresholdLevel = value; return this; }
    public Builder adult(AdultWhoWorksWithChildren value) { adult = value; return this; }
    public Builder phoneContact(PhoneContact value) { phoneContact = value; return this; }
    public Builder answers(List<Answer> value) { answers = value; return this; }
    public Builder followsPhoneCall(String value) { followsPhoneCall = value; return this; }

    public ReferralDocument build() {
      return new ReferralDocument(
          route, referralType, referrer, confidential, children, household, familyNotes, concern, consent,
          agencyActions, thresholdLevel, adult, phoneContact, answers, followsPhoneCall);
    }
  }

  /** A question as the route asked it, and the answer as given, for routes with their own questions. */
  public record Answer(String question, String answer) {}

  public boolean anonymous() {
    return referrer == null;
  }

  /** Who made the referral. */
  public record Referrer(
      String name,
      String relationship,
      String organisation,
      String role,
      String email,
      String phone,
      Boolean parentalResponsibility) {

    /** A referrer who was not asked about parental responsibility. */
    public Referrer(String name, String relationship, String organisation, String role, String email, String phone) {
      this(name, relationship, organisation, role, email, phone, null);
    }

    /** Whether they said they hold parental responsibility for the child, so are told the outcome as a parent is. */
    public boolean holdsParentalResponsibility() {
      return Boolean.TRUE.equals(parentalResponsibility);
    }
  }

  /**
   * A child the concern is about; an unborn child has an expected date instead of a birth date.
   *
   * @param age an approximate age, when the date of birth is not known
   * @param description how the referrer describes a child whose name they do not know
   */
  public record Child(
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      LocalDate expectedDate,
      String age,
      String description,
      String gender,
      String nhsNumber,
      String upn,
      String school,
      String gp,
      Address address) {}

  /** A postal address; any part may be unknown. */
  public record Address(String line1, String line2, String town, String postcode) {}

  /** A parent, carer or someone else in the child's household. */
  public record HouseholdMember(
      String name, String relationship, LocalDate dateOfBirth, Address address) {}

  /** What happened. */
  public record Concern(
      String summary,
      String when,
      List<HarmCategory> categories,
      boolean immediateDanger,
      String familyAware,
      String evidence) {
    /** Each kind of harm once, in the order first named. */
    public Concern {
      categories = present(categories).stream().distinct().toList();
    }
  }

  /** Whether the parents agreed to the referral, and if not, why. */
  public record Consent(ConsentStatus status, String reason) {}

  /**
   * For a LADO referral: the adult, their work, and what they did or are said to have done; from an
   * employer, also what the employer knows of them, when it learned of it and what it has done.
   *
   * @param sector one of {@link #SECTORS}' keys; null when the referrer was not asked
   * @param employerAwareAt when the allegation came to the employer's attention; null when not
   *     known (the LADO should be told within one working day of it)
   */
  public record AdultWhoWorksWithChildren(
      String name,
      String employer,
      String role,
      List<String> criteria,
      String whatHappened,
      String whoElseKnows,
      LocalDate dateOfBirth,
      String sector,
      String otherRoles,
      Instant employerAwareAt,
      String employerActions) {

    /** The sectors an adult who works with children may work in, as the LADO's annual report counts them. */
    public static final java.util.Map<String, String> SECTORS =
        uk.frontdoor.platform.journey.Question.choices(
            "EDUCATION", "Education", "EARLY_YEARS", "Early years", "HEALTH", "Health", "SOCIAL_CARE", "Social care",
            "POLICE", "Police", "FAITH", "Faith", "SPORT", "Sport", "TRANSPORT", "Transport", "VOLUNTARY", "Voluntary",
            "FOSTER_CARER", "Foster carer", "OTHER", "Other");

    public AdultWhoWorksWithChildren {
      criteria = present(criteria);
    }

    /** The sector in words; null when not given. */
    public String sectorWords() {
      return sector == null ? null : SECTORS.getOrDefault(sector, sector);
    }

    /** As a member of the public tells it: the adult, their work, what happened and who else knows. */
    public AdultWhoWorksWithChildren(
        String name, String employer, String role, List<String> criteria, String whatHappened, String whoElseKnows) {
      this(name, employer, role, criteria, whatHappened, whoElseKnows, null, null, null, null, null);
    }
  }

  /** For a phone contact: the call and the call handler's view of it. */
  public record PhoneContact(
      String callerName,
      String callerPhone,
      String urgency,
      boolean writtenReferralDue,
      String handlerNotes) {}
}
