package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.EmergencyProtection;
import uk.frontdoor.casework.EmergencyProtections;
import uk.frontdoor.casework.EmergencyProtections.Result;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;

/**
 * A child's emergency protection, a page for each step: an emergency protection order made, police
 * protection, an order's extension, and the end of either. Dates and times are real and not in the
 * future; a start is no earlier than a week before the referral (police protection comes before
 * the referral it causes); the Act's limits are {@link EmergencyProtections}'s, their refusals
 * shown beside the field they are about. A social worker or team manager.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/emergency-protection")
record EmergencyProtectionController(EmergencyProtections protections, EpisodePages pages, Clock clock) {

  static final int MAX_TEXT = 200;
  static final int MAX_REASON = 2000;

  /** A step's page: its address, its heading and its button. */
  enum Form {
    ORDER("order", "Record an emergency protection order", "Record the order"),
    POLICE("police", "Record police protection", "Record police protection"),
    EXTENSION("extension", "Record the extension of the emergency protection order", "Record the extension"),
    END("end", "Record the end of emergency protection", "Record the end");

    final String slug;
    final String heading;
    final String button;

    Form(String slug, String heading, String button) {
      this.slug = slug;
      this.heading = heading;
      this.button = button;
    }

    public String slug() {
      return slug;
    }

    public String button() {
      return button;
    }

    static Form of(String slug) {
      return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst().orElseThrow(() -> new NotFoundException(slug));
    }
  }

  @GetMapping("/{form:order|police}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String start(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String form, Model model) {
    return page(pages.opened(me, id, "Emergency protection"), Form.of(form), null, Map.of(), Map.of(), model);
  }

  @PostMapping("/{form:order|police}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String recordStart(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String form, @RequestParam Map<String, String> typed,
      RedirectAttributes flash, Model model) {
    Episode episode = pages.opened(me, id, "Emergency protection");
    Form f = Form.of(form);
    FieldErrors errors = new FieldErrors();
    LocalDate earliest = episode.referralDate().minusWeeks(1);
    String tooEarly = "The date must be on or after " + DatedForm.day(earliest) + ", a week before the referral date";
    Optional<Instant> started = moment(errors, "start", f == Form.ORDER ? "Date the order was made" : "Date the child was taken",
        typed, earliest, tooEarly);
    Result result = null;
    if (f == Form.ORDER) {
      String court = errors.required("court", "The court", typed.get("court"), MAX_TEXT, "Enter the court that made the order");
      Optional<LocalDate> ends = DatedForm.date(errors, "end", "End date", typed.get("endDay"), typed.get("endMonth"), typed.get("endYear"),
          null, null, null, null);
      if (errors.isEmpty()) {
        result = protections.recordOrder(me, episode.id(), started.get(), court, ends.get());
      }
    } else {
      String force = errors.required("force", "The police force", typed.get("force"), MAX_TEXT, "Enter the police force");
      String reference = errors.required("reference", "The reference", typed.get("reference"), MAX_TEXT,
          "Enter the officer’s name or number, or the police reference");
      Optional<Instant> ended = given(typed, "ended")
          ? moment(errors, "ended", "Date police protection ended", typed, earliest, tooEarly) : Optional.empty();
      String reason = errors.optional("reason", "What happened", typed.get("reason"), MAX_REASON);
      if (errors.isEmpty()) {
        result = protections.recordPoliceProtection(me, episode.id(), started.get(), force, reference, ended.orElse(null), reason);
      }
    }
    if (result == Result.DONE) {
      return done(flash, episode, (f == Form.ORDER ? "The emergency protection order" : "Police protection") + " is recorded.");
    }
    if (result != null) {
      refused(errors, f, result, started.get(), f == Form.ORDER ? "endDay" : "endedDay", null);
    }
    return page(episode, f, null, typed, errors.ordered(), model);
  }

  @GetMapping("/{record}/{form:extension|end}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String step(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String record, @PathVariable String form, Model model) {
    Episode episode = pages.opened(me, id, "Emergency protection");
    Form f = Form.of(form);
    return page(episode, f, found(me, episode, record, f), Map.of(), Map.of(), model);
  }

  @PostMapping("/{record}/{form:extension|end}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String recordStep(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String record, @PathVariable String form,
      @RequestParam Map<String, String> typed, RedirectAttributes flash, Model model) {
    Episode episode = pages.opened(me, id, "Emergency protection");
    Form f = Form.of(form);
    EmergencyProtection p = found(me, episode, record, f);
    FieldErrors errors = new FieldErrors();
    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    String fromStart = "The date must be on or after " + DatedForm.day(p.firstDay()) + ", when it began";
    Result result = null;
    if (f == Form.EXTENSION) {
      boolean ran = p.endsOn().isBefore(today);
      Optional<LocalDate> on = DatedForm.date(errors, "extended", "Date the court extended the order", typed.get("extendedDay"),
          typed.get("extendedMonth"), typed.get("extendedYear"), p.firstDay(), fromStart, ran ? p.endsOn() : today,
          ran ? "The court extends an order before it ends: this one ended on " + DatedForm.day(p.endsOn()) : "The date must be today or in the past");
      Optional<LocalDate> to = DatedForm.date(errors, "newEnd", "New end date", typed.get("newEndDay"), typed.get("newEndMonth"),
          typed.get("newEndYear"), null, null, null, null);
      if (errors.isEmpty()) {
        result = protections.extend(me, episode.id(), p.id(), on.get(), to.get());
      }
    } else {
      Optional<Instant> ended = moment(errors, "ended", "Date it ended", typed, p.firstDay(), fromStart);
      String reason = p.order()
          ? errors.required("reason", "The reason", typed.get("reason"), MAX_REASON, "Say why the order was discharged")
          : errors.optional("reason", "What happened", typed.get("reason"), MAX_REASON);
      if (errors.isEmpty()) {
        result = protections.end(me, episode.id(), p.id(), ended.get(), reason);
      }
    }
    if (result == Result.DONE) {
      return done(flash, episode, f == Form.EXTENSION ? "The extension is recorded." : "The end is recorded.");
    }
    if (result == Result.NOT_FOUND) {
      throw new NotFoundException(record);
    }
    if (result != null) {
      refused(errors, f, result, p.startedAt(), f == Form.EXTENSION ? "newEndDay" : "endedDay", p);
    }
    return page(episode, f, p, typed, errors.ordered(), model);
  }

  /** The episode's record a step is about: a 404 if it has no such record, or for the extension of police protection. */
  private EmergencyProtection found(StaffUser me, Episode episode, String record, Form form) {
    return protections.find(me.authorityId(), episode.id(), EpisodePages.id(record))
        .filter(p -> form != Form.EXTENSION || p.order())
        .orElseThrow(() -> new NotFoundException(record));
  }

  /**
   * A day and a time typed in {@code <prefix>Day}, {@code Month}, {@code Year} and {@code Time}: both
   * required, the day from {@code earliest}, the moment not in the future; errors on the day or the time.
   */
  private Optional<Instant> moment(FieldErrors errors, String prefix, String label, Map<String, String> typed, LocalDate earliest, String tooEarly) {
    Instant now = clock.instant();
    Optional<LocalDate> day = DatedForm.date(errors, prefix, label, typed.get(prefix + "Day"), typed.get(prefix + "Month"),
        typed.get(prefix + "Year"), earliest, tooEarly, LocalDate.ofInstant(now, UkTime.ZONE), "The date must be today or in the past");
    String time = typed.get(prefix + "Time");
    // Required, so not typedTime, whose error offers to leave it empty.
    Optional<LocalTime> at = FieldErrors.parseTime(time);
    if (at.isEmpty()) {
      errors.add(prefix + "Time", FieldErrors.clean(time) == null ? "Enter the time, like 9:30am or 14:30" : "Enter a real time, like 9:30am or 14:30");
    }
    if (day.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> moment = FieldErrors.typedMoment(typed.get(prefix + "Day"), typed.get(prefix + "Month"), typed.get(prefix + "Year"), time, UkTime.ZONE);
    if (moment.get().isAfter(now)) {
      errors.add(prefix + "Time", "The time must be in the past");
      return Optional.empty();
    }
    return moment;
  }

  /** Whether any part of a day and time was typed. */
  private static boolean given(Map<String, String> typed, String prefix) {
    return java.util.stream.Stream.of("Day", "Month", "Year", "Time").anyMatch(part -> FieldErrors.clean(typed.get(prefix + part)) != null);
  }

  /** Why the step was refused, beside the field it is about ({@code field} for the limits' refusals). */
  private void refused(FieldErrors errors, Form form, Result result, Instant started, String field, EmergencyProtection p) {
    WhenText when = new WhenText(clock.instant());
    LocalDate made = LocalDate.ofInstant(started, UkTime.ZONE);
    String policeBy = when.dateAndTime(started.plus(EmergencyProtection.POLICE_LIMIT));
    String message = switch (result) {
      case TOO_EARLY -> switch (form) {
        case ORDER -> "The end date must be on or after " + DatedForm.day(made) + ", the day the order was made";
        case EXTENSION -> "The new end date must be after " + DatedForm.day(p.endsOn()) + ", the order’s end date";
        default -> "The end must be after it began, at " + when.dateAndTime(started);
      };
      case TOO_LONG -> switch (form) {
        case ORDER -> "An emergency protection order lasts at most 8 days (Children Act 1989, section 45): the end date must be by "
            + DatedForm.day(made.plusDays(EmergencyProtection.ORDER_DAYS));
        case EXTENSION -> "An extension adds at most 7 days (Children Act 1989, section 45): the new end date must be by "
            + DatedForm.day(p.endsOn().plusDays(EmergencyProtection.EXTENSION_DAYS));
        default -> p != null && p.order()
            ? "The order ran out at the end of " + DatedForm.day(p.lastDay()) + ": a discharge must be before then"
            : "Police protection lasts at most 72 hours (Children Act 1989, section 46): it must have ended by " + policeBy;
      };
      case LIMIT_PASSED -> "Police protection lasts at most 72 hours, which ended at " + policeBy + ": enter when it ended";
      case OVERLAPS -> form == Form.ORDER
          ? "The child was already under an emergency protection order then: record its extension or its end instead"
          : "The child was already in police protection then: record when it ended instead";
      case EXTENDED_ALREADY -> "An emergency protection order can be extended once only (Children Act 1989, section 45(6))";
      case WRONG_LEVEL -> "Emergency protection is recorded for a child at child in need: step the child up first";
      case NOT_ELIGIBLE -> "Only a social worker or a team manager records emergency protection";
      case CLOSED -> EpisodeController.cannotChange(uk.frontdoor.casework.Episodes.Result.CLOSED);
      default -> "Its end is recorded already: check the child’s page";
    };
    boolean aboutLimits = result == Result.TOO_EARLY || result == Result.TOO_LONG || result == Result.LIMIT_PASSED
        || result == Result.EXTENDED_ALREADY;
    errors.add(aboutLimits ? field : switch (form) {
      case ORDER, POLICE -> "startDay";
      case EXTENSION -> "extendedDay";
      case END -> "endedDay";
    }, message);
  }

  private static String done(RedirectAttributes flash, Episode episode, String message) {
    flash.addFlashAttribute("done", message);
    return "redirect:/staff/casework/episodes/" + episode.id() + "#emergency-protection";
  }

  private String page(Episode episode, Form form, EmergencyProtection p, Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("form", form);
    model.addAttribute("protection", p);
    model.addAttribute("heading", form == Form.END && p != null
        ? (p.order() ? "Record the discharge of the emergency protection order" : "Record the end of police protection") : form.heading);
    model.addAttribute("action", "/staff/casework/episodes/" + episode.id() + "/emergency-protection/"
        + (p == null ? "" : p.id() + "/") + form.slug);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    return "casework/emergency-protection-form";
  }
}
