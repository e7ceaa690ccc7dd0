package uk.frontdoor.notification;

import java.util.Map;
import uk.frontdoor.platform.InputText;

/**
 * The messages the system sends, in plain English. Placeholders are {@code ((name))}, as in GOV.UK
 * Notify; a council using Notify gives its own template id for each.
 */
public enum Template {
  CONCERN_RECEIVED(
      "We have received your concern about a child – ((reference))",
      """
      ((authorityName)) has received the concern you sent us.

      Your reference is ((reference)). Give it if you contact us about this concern.

      ((whatHappensNext))

      If a child is in immediate danger, call 999.
      """),
  SIGN_IN_CODE(
      "Your sign-in code",
      """
      Your code to sign in is ((code)).

      It works for ((minutes)) minutes. If you did not ask for it, you can ignore this email.
      """),
  INFORMATION_REQUEST_OVERDUE(
      "Overdue: a MASH information request to ((agency)) – ((reference))",
      """
      A request from ((authorityName))'s MASH to ((agency)) about contact ((reference)) has passed its
      deadline without an answer.

      Sign in to Front Door to see the request and answer it, or to chase it.
      """),
  STAFF_INVITATION(
      "You have been invited to Front Door – ((authorityName))",
      """
      ((invitedBy)) has invited you to use Front Door for ((authorityName)) as ((roles)).

      To set up your sign-in, open this link by ((expires)). It works once:

      ((link))

      You will choose a password and set up an authenticator app on your work phone. If you were not
      expecting this, you can ignore this email.
      """),
  STAFF_ACCOUNT_CHANGED(
      "Your Front Door account has changed – ((authorityName))",
      """
      ((change))

      The change was made by ((changedBy)). If you did not expect it, tell your manager or your
      council's Front Door administrator.
      """),
  STAFF_ROLE_REQUEST(
      "An administrator asks for wider roles – ((authorityName))",
      """
      ((requestedBy)) has asked for these roles in Front Door for ((authorityName)): ((roles)).

      An administrator cannot widen their own roles alone. Another administrator of the council, such
      as you, approves or refuses the request on the staff administration page:

      ((link))

      If you do not know why they asked, check with them before you approve it.
      """),
  REFERRAL_OUTCOME(
      "The outcome of your referral – ((reference))",
      """
      ((authorityName)) has decided what will happen after your referral ((reference)).

      ((outcome))
      """);

  private final String subject;
  private final String body;

  Template(String subject, String body) {
    this.subject = subject;
    this.body = body;
  }

  /** On one line, whatever the personalisation holds (an agency's name, say): it becomes a header. */
  public String subject(Map<String, String> personalisation) {
    return InputText.singleLine(fill(subject, personalisation));
  }

  public String body(Map<String, String> personalisation) {
    return fill(body, personalisation);
  }

  private static String fill(String text, Map<String, String> personalisation) {
    String filled = text;
    for (Map.Entry<String, String> entry : personalisation.entrySet()) {
      filled = filled.replace("((" + entry.getKey() + "))", entry.getValue());
    }
    return filled;
  }
}
