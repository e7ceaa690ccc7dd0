package uk.frontdoor.identity.web;

import java.util.Locale;
import java.util.Set;
import uk.frontdoor.authority.CouncilRegistration;
import uk.frontdoor.authority.CouncilRegistration.NewCouncil;
import uk.frontdoor.identity.CouncilOnboarding.FirstAdministrator;
import uk.frontdoor.identity.StaffInvitations;
import uk.frontdoor.platform.FieldErrors;

/**
 * A new council and its first administrator, as typed at first start and on the operator's form;
 * kept as typed so that a page with errors shows it again.
 */
record CouncilForm(
    String name, String slug, String laCode, String phone, String email, String adminName, String adminEmail) {

  /** First parts of addresses that are not councils'. */
  static final Set<String> RESERVED =
      Set.of("staff", "api", "setup", "actuator", "admin", "css", "js", "error", "assets", "webjars",
          "find-your-council", "accessibility", "council-colours");

  static CouncilForm empty() {
    return new CouncilForm("", "", "", "", "", "", "");
  }

  /** What is wrong, by field, in the order of the form. */
  FieldErrors check(CouncilRegistration registration, StaffInvitations invitations) {
    FieldErrors errors = new FieldErrors();
    errors.required("name", "The council’s name", name, 200, "Enter the council’s name");
    String slug = FieldErrors.clean(this.slug);
    if (slug == null) {
      errors.add("slug", "Enter the council’s part of web addresses, like west-berkshire");
    } else if (slug.length() > 60 || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      errors.add("slug", "The part of web addresses must be 60 characters or fewer: lower-case letters and digits, with single hyphens between words, like west-berkshire");
    } else if (RESERVED.contains(slug) || registration.slugTaken(slug)) {
      errors.add("slug", "Another council, or a part of Front Door, already uses " + slug + ": choose another");
    }
    String code = FieldErrors.clean(laCode);
    if (code == null) {
      errors.add("laCode", "Enter the council’s 3-digit local authority code, like 869");
    } else if (!code.matches("[0-9]{3}")) {
      errors.add("laCode", "The local authority code must be 3 digits, like 869");
    } else if (registration.laCodeTaken(code)) {
      errors.add("laCode", "Another council already has the local authority code " + code);
    }
    errors.phone("phone", phone, true, "Enter the council’s main number for concerns about a child");
    errors.email("email", email, true, "Enter the council’s email address for concerns about a child");
    errors.required("adminName", "The administrator’s name", adminName, 200, "Enter the administrator’s full name");
    String admin = errors.email("adminEmail", adminEmail, true, "Enter the administrator’s work email address");
    if (admin != null && !errors.has("adminEmail") && invitations.taken(admin)) {
      errors.add("adminEmail", "Someone already signs in to Front Door with " + admin + ": give another address");
    }
    return errors;
  }

  /**
   * Runs the registration once the form is right; a web address, code or email address another
   * request took in the meantime becomes its field's error instead.
   *
   * @return whether it was registered
   */
  static boolean register(FieldErrors errors, Runnable registration) {
    try {
      registration.run();
      return true;
    } catch (CouncilRegistration.Taken taken) {
      errors.add(taken.field(), "Another council already has this " + (taken.field().equals("slug") ? "web address" : "code"));
    } catch (org.springframework.dao.DuplicateKeyException e) {
      errors.add("adminEmail", "Someone already signs in to Front Door with this email address: give another address");
    }
    return false;
  }

  NewCouncil council() {
    return new NewCouncil(
        FieldErrors.clean(name), FieldErrors.clean(slug), FieldErrors.clean(laCode), FieldErrors.clean(phone),
        FieldErrors.clean(email).toLowerCase(Locale.ROOT));
  }

  FirstAdministrator administrator() {
    return new FirstAdministrator(FieldErrors.clean(adminName), FieldErrors.clean(adminEmail).toLowerCase(Locale.ROOT));
  }
}
