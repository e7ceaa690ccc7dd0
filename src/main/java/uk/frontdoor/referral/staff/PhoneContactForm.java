package uk.frontdoor.referral.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/** A phone contact as the call handler typed it, valid or not, so a page with errors shows it back. */
public class PhoneContactForm {

  public String token = UUID.randomUUID().toString();
  public String callerType;
  public String callerName;
  public String callerPhone;
  public String callerEmail;
  public String callerOrganisation;
  public String callerRole;
  public boolean confidential;
  public String firstName;
  public String lastName;
  public String dobDay;
  public String dobMonth;
  public String dobYear;
  public String childDescription;
  public String addressLine1;
  public String town;
  public String postcode;
  public String summary;
  public List<String> answers = new ArrayList<>();
  public List<String> harm = new ArrayList<>();
  public String immediateDanger;
  public String urgency;
  public boolean writtenReferralDue;
  public String handlerNotes;

  static PhoneContactForm of(MultiValueMap<String, String> posted, int questions) {
    PhoneContactForm form = new PhoneContactForm();
    String token = posted.getFirst("token");
    form.token = token == null || token.isBlank() || token.length() > 100 ? form.token : token;
    form.callerType = posted.getFirst("callerType");
    form.callerName = posted.getFirst("callerName");
    form.callerPhone = posted.getFirst("callerPhone");
    form.callerEmail = posted.getFirst("callerEmail");
    form.callerOrganisation = posted.getFirst("callerOrganisation");
    form.callerRole = posted.getFirst("callerRole");
    form.confidential = "yes".equals(posted.getFirst("confidential"));
    form.firstName = posted.getFirst("firstName");
    form.lastName = posted.getFirst("lastName");
    form.dobDay = posted.getFirst("dobDay");
    form.dobMonth = posted.getFirst("dobMonth");
    form.dobYear = posted.getFirst("dobYear");
    form.childDescription = posted.getFirst("childDescription");
    form.addressLine1 = posted.getFirst("addressLine1");
    form.town = posted.getFirst("town");
    form.postcode = posted.getFirst("postcode");
    form.summary = posted.getFirst("summary");
    for (int i = 0; i < questions; i++) {
      form.answers.add(posted.getFirst("answer" + i));
    }
    form.harm = posted.getOrDefault("harm", List.of());
    form.immediateDanger = posted.getFirst("immediateDanger");
    form.urgency = posted.getFirst("urgency");
    form.writtenReferralDue = "yes".equals(posted.getFirst("writtenReferralDue"));
    form.handlerNotes = posted.getFirst("handlerNotes");
    return form;
  }

  /** The answer typed to question {@code i}, or null. */
  public String answer(int i) {
    return i < answers.size() ? answers.get(i) : null;
  }
}
