package uk.frontdoor.lado.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Enquiries;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.lado.Allegation;
import uk.frontdoor.lado.Allegations;
import uk.frontdoor.lado.Strand;
import uk.frontdoor.lado.StrandKind;
import uk.frontdoor.lado.Strands;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/** The strands of an allegation being managed: started, then concluded with their outcomes. */
@Controller
@RequestMapping("/staff/lado/{reference}/strands")
@PreAuthorize("hasAnyRole('LADO', 'DEPUTY_LADO')")
record StrandController(Allegations allegations, Strands strands, Enquiries enquiries, Referrals referrals,
    Clock clock) {

  @GetMapping("/new")
  String startForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    return startPage(opened(me, reference), Map.of(), Map.of(), model);
  }

  @PostMapping("/new")
  String start(
      @AuthenticationPrincipal StaffUser me, @PathVariable String reference, @RequestParam Map<String, String> form, Model model) {
    Allegation allegation = opened(me, reference);
    FieldErrors errors = new FieldErrors();
    String kind = form.get("kind");
    if (Labelled.named(StrandKind.class, kind).isEmpty()) {
      errors.add("kind", "Select which strand has started");
    }
    Optional<LocalDate> on = pastDate(errors, "on", "The date it started", form);
    if (!errors.isEmpty()) {
      return startPage(allegation, form, errors.ordered(), model);
    }
    return switch (strands.start(me, allegation, StrandKind.valueOf(kind), on.get())) {
      case DONE -> back(allegation);
      case ALREADY_STARTED -> startPage(allegation, form, Map.of("kind", "That strand has been started already"), model);
      default -> startPage(allegation, form, Map.of("kind", "Strands are recorded only while the allegation is being managed"), model);
    };
  }

  @GetMapping("/{id}/outcome")
  String outcomeForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, @PathVariable String id, Model model) {
    Allegation allegation = opened(me, reference);
    return outcomePage(allegation, strand(me, allegation, id), Map.of(), Map.of(), model);
  }

  @PostMapping("/{id}/outcome")
  String conclude(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model) {
    Allegation allegation = opened(me, reference);
    Strand strand = strand(me, allegation, id);
    FieldErrors errors = new FieldErrors();
    String outcome = form.get("outcome");
    if (!strand.kind().outcomes().containsKey(String.valueOf(outcome))) {
      errors.add("outcome", "Select the outcome");
    }
    Optional<LocalDate> on = pastDate(errors, "on", "The date it ended", form);
    if (on.isPresent() && on.get().isBefore(strand.startedOn())) {
      errors.add("onDay", "The date it ended must be on or after the day it started");
    }
    String notes = errors.optional("notes", "Notes", form.get("notes"), 5000);
    if (!errors.isEmpty()) {
      return outcomePage(allegation, strand, form, errors.ordered(), model);
    }
    return switch (strands.conclude(me, allegation, strand.id(), on.get(), outcome, notes)) {
      case DONE -> back(allegation);
      default -> outcomePage(allegation, strand, form, Map.of("outcome", "This strand has been concluded already"), model);
    };
  }

  @GetMapping("/{id}/enquiry")
  String enquiryForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, @PathVariable String id, Model model) {
    Allegation allegation = opened(me, reference);
    Strand strand = sectionFortySeven(me, allegation, id);
    return enquiryPage(me, allegation, strand, strand.enquiryId() == null ? null : strand.enquiryId().toString(), Map.of(), model);
  }

  @PostMapping("/{id}/enquiry")
  String linkEnquiry(
      @AuthenticationPrincipal StaffUser me, @PathVariable String reference, @PathVariable String id,
      @RequestParam(name = "enquiry", required = false) String enquiry, Model model) {
    Allegation allegation = opened(me, reference);
    Strand strand = sectionFortySeven(me, allegation, id);
    Map<String, String> options = candidates(me, allegation);
    if (enquiry == null || !options.containsKey(enquiry)) {
      return enquiryPage(me, allegation, strand, null, Map.of("enquiry", "Select the section 47 enquiry"), model);
    }
    strands.linkEnquiry(me, allegation, strand.id(), UUID.fromString(enquiry));
    return back(allegation);
  }

  /**
   * The council's section 47 enquiries about the children the allegation names, by NHS number or
   * by surname and date of birth: each in words, by its id.
   */
  private Map<String, String> candidates(StaffUser me, Allegation allegation) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    ReferralDocument document = referrals.document(me.authorityId(), allegation.referralId()).orElseThrow();
    for (ReferralDocument.Child child : document.children()) {
      if (child.nhsNumber() == null && (child.lastName() == null || child.dateOfBirth() == null)) {
        continue;
      }
      for (Enquiries.AboutChild found : enquiries.aboutChild(me.authorityId(), child.lastName(), child.dateOfBirth(), child.nhsNumber())) {
        options.put(found.enquiry().id().toString(), words(found));
      }
    }
    return options;
  }

  /** "Rowan Ashdown, born 3 September 2017: started 11 December 2026, open". */
  static String words(Enquiries.AboutChild found) {
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
    return found.childName()
        + (found.dateOfBirth() == null ? "" : ", born " + day.format(found.dateOfBirth()))
        + ": started " + day.format(found.enquiry().startedOn()) + ", "
        + (found.enquiry().outcome() == null ? "open" : "completed: " + found.enquiry().outcome().label());
  }

  private String enquiryPage(
      StaffUser me, Allegation allegation, Strand strand, String selected, Map<String, String> errors, Model model) {
    model.addAttribute("allegation", allegation);
    model.addAttribute("strand", strand);
    model.addAttribute("options", candidates(me, allegation));
    model.addAttribute("selected", selected);
    model.addAttribute("errors", errors);
    return "lado/strand-enquiry";
  }

  private Strand sectionFortySeven(StaffUser me, Allegation allegation, String id) {
    return strands.of(me.authorityId(), allegation.id()).stream()
        .filter(s -> s.id().toString().equals(id) && s.kind() == StrandKind.SECTION_47)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(id));
  }

  /** A day, month and year typed: required, real, not in the future and within ten years. */
  private Optional<LocalDate> pastDate(FieldErrors errors, String prefix, String label, Map<String, String> form) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    Optional<LocalDate> day = errors.typedDate(prefix + "Day", label, form.get(prefix + "Day"), form.get(prefix + "Month"), form.get(prefix + "Year"));
    if (day.isEmpty() && !errors.has(prefix + "Day")) {
      errors.add(prefix + "Day", "Enter " + label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1));
    } else if (day.isPresent() && (day.get().isAfter(today) || day.get().isBefore(today.minusYears(10)))) {
      errors.add(prefix + "Day", label + " must be in the last 10 years, and not in the future");
      return Optional.empty();
    }
    return day;
  }

  private String startPage(Allegation allegation, Map<String, String> form, Map<String, String> errors, Model model) {
    model.addAttribute("allegation", allegation);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", Labelled.options(StrandKind.values()));
    return "lado/strand-start";
  }

  private String outcomePage(Allegation allegation, Strand strand, Map<String, String> form, Map<String, String> errors, Model model) {
    model.addAttribute("allegation", allegation);
    model.addAttribute("strand", strand);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "lado/strand-outcome";
  }

  private Strand strand(StaffUser me, Allegation allegation, String id) {
    return strands.of(me.authorityId(), allegation.id()).stream()
        .filter(s -> s.id().toString().equals(id) && s.open())
        .findFirst()
        .orElseThrow(() -> new NotFoundException(id));
  }

  private Allegation opened(StaffUser me, String reference) {
    return allegations.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
  }

  private static String back(Allegation allegation) {
    return "redirect:/staff/lado/" + allegation.reference() + "#strands";
  }
}
