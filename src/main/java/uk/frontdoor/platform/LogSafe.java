package uk.frontdoor.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may go into a log line about a person: an email address masked to its first letter and its
 * domain, and no NHS number. Logs at INFO and above carry no personal data (names, email
 * addresses, NHS numbers, what happened), so a failure is logged by its kind and its message made
 * safe with {@link #text}, never with the document it was about.
 */
public final class LogSafe {

  private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:@\\[\\]]+@([A-Za-z0-9.-]+)");
  private static final Pattern NHS_NUMBER = Pattern.compile("(?<![\\w-])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\w-])");

  private LogSafe() {}

  /** "s***@example.org" for sam.patel@example.org; "***" for anything that is not an address. */
  public static String email(String address) {
    if (address == null) {
      return "***";
    }
    int at = address.lastIndexOf('@');
    if (at < 1 || at == address.length() - 1) {
      return "***";
    }
    return address.charAt(0) + "***" + address.substring(at).strip();
  }

  /** A message with any email address masked and any NHS-number-like run of digits hidden. */
  public static String text(String message) {
    if (message == null) {
      return "";
    }
    Matcher emails = EMAIL.matcher(message);
    StringBuilder masked = new StringBuilder();
    while (emails.find()) {
      emails.appendReplacement(masked, Matcher.quoteReplacement(email(emails.group())));
    }
    emails.appendTail(masked);
    return NHS_NUMBER.matcher(masked).replaceAll("**********");
  }

  /** An exception as a log line may show it: its kind and its message made safe, causes included. */
  public static String failure(Throwable failure) {
    StringBuilder line = new StringBuilder();
    for (Throwable t = failure; t != null && line.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
      if (!line.isEmpty()) {
        line.append("; caused by ");
      }
      line.append(t.getClass().getSimpleName()).append(": ").append(text(t.getMessage()));
    }
    return line.toString();
  }
}
