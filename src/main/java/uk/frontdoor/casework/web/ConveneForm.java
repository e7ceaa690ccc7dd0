package uk.frontdoor.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.frontdoor.casework.Conference;
import uk.frontdoor.casework.Conferences;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffMember;
import org.springframework.ui.Model;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;

/**
 * What was typed on a form convening a conference (casework/conference-convene): the children
 * ({@code enquiry}, an initial conference's), the day ({@code dateDay}, {@code dateMonth},
 * {@code dateYear}) and time ({@code time}), the chair ({@code chair}) and the invitations as rows
 * of {@code inviteeName}, {@code inviteeAs} and {@code inviteeAgency}. The button {@code add}
 * shows the form again with one more row, keeping what was typed, without JavaScript.
 */
record ConveneForm(
    String dateDay, String dateMonth, String dateYear, String time, String chair, List<String> enquiry,
    List<String> inviteeName, List<String> inviteeAs, List<String> inviteeAgency, String add) {

  /** How someone is invited. */
  static final Map<String, String> INVITED_AS = new LinkedHashMap<>();

  static {
    INVITED_AS.put("PARENT", "Parent or carer");
    INVITED_AS.put("CHILD", "The child");
    INVITED_AS.put("AGENCY", "An agency");
    INVITED_AS.put("OTHER", "Someone else");
  }

  /** The agencies an agency's invitee comes from. */
  static final Map<String, String> AGENCIES = agencies();

  /** One row of invitation, as typed. */
  record Row(String name, String as, String agency) {}

  static ConveneForm empty() {
    return new ConveneForm(null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
  }

  boolean adding() {
    return add != null;
  }

  /** The rows of invitation typed, and one more when adding; at least one, at most the most a conference takes. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    int typed = Math.min(size(inviteeName), Conferences.MAX_INVITEES);
    for (int i = 0; i < typed; i++) {
      rows.add(new Row(at(inviteeName, i), at(inviteeAs, i), at(inviteeAgency, i)));
    }
    if ((rows.isEmpty() || adding()) && rows.size() < Conferences.MAX_INVITEES) {
      rows.add(new Row(null, null, null));
    }
    return rows;
  }

  /** The checked enquiries, as typed. */
  public List<String> enquiries() {
    return enquiry == null ? List.of() : enquiry;
  }

  /** What was checked, and the errors beside the fields; empty when anything is wrong. */
  record Parsed(Instant scheduledAt, LocalDate day, UUID chair, List<Conference.Invitation> invitations) {}

  Optional<Parsed> parse(FieldErrors errors, List<StaffMember> chairs, LocalDate today, ZoneId zone) {
    Optional<LocalDate> day = DatedForm.date(errors, "date", "Date of the conference", dateDay, dateMonth, dateYear,
        today, "The conference must be scheduled for today or a later day", today.plusYears(1), "The conference must be within a year");
    Optional<LocalTime> at = errors.typedTime("time", time);
    if (at.isEmpty() && !errors.has("time")) {
      errors.add("time", "Enter the time of the conference, like 10am or 14:30");
    }
    Optional<StaffMember> chosen = chairs.stream().filter(c -> c.id().toString().equals(chair)).findFirst();
    if (chosen.isEmpty()) {
      errors.add("chair", "Select the independent chair");
    }
    List<Conference.Invitation> invitations = new ArrayList<>();
    List<Row> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String name = errors.optional("inviteeName-" + i, "Name", row.name(), 200);
      if (name == null) {
        continue;
      }
      if (!INVITED_AS.containsKey(row.as())) {
        errors.add("inviteeAs-" + i, "Select how " + name + " is invited");
      } else if ("AGENCY".equals(row.as()) && !AGENCIES.containsKey(row.agency())) {
        errors.add("inviteeAgency-" + i, "Select the agency " + name + " comes from");
      } else {
        invitations.add(new Conference.Invitation(name, row.as(), "AGENCY".equals(row.as()) ? row.agency() : null));
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(day.get().atTime(at.get()).atZone(zone).toInstant(), day.get(), chosen.get().id(), invitations));
  }

  /**
   * The form's page: its heading and address, the day the conference is due by with the time left,
   * the chairs to choose from, an initial conference's children (null for a review), what was
   * typed and the errors.
   */
  String page(
      Model model, String heading, String action, LocalDate due, String left, List<StaffMember> chairs,
      List<Conferences.Enquiry> children, Map<String, String> errors) {
    model.addAttribute("heading", heading);
    model.addAttribute("action", action);
    model.addAttribute("due", due);
    model.addAttribute("left", left);
    model.addAttribute("chairs", chairs);
    model.addAttribute("children", children);
    model.addAttribute("form", this);
    model.addAttribute("rows", rows());
    model.addAttribute("invitedAs", INVITED_AS);
    model.addAttribute("agencies", AGENCIES);
    model.addAttribute("errors", errors);
    return "casework/conference-convene";
  }

  private static Map<String, String> agencies() {
    Map<String, String> agencies = new LinkedHashMap<>(Labelled.options(Agency.values()));
    agencies.put("OTHER", "Another agency");
    return agencies;
  }

  private static int size(List<String> list) {
    return list == null ? 0 : list.size();
  }

  private static String at(List<String> list, int i) {
    return list != null && i < list.size() ? list.get(i) : null;
  }
}
