package uk.frontdoor.mash.web;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashSettings;
import uk.frontdoor.mash.Rag;
import uk.frontdoor.mash.MashSettings.Deadline;
import uk.frontdoor.mash.MashSettings.PartnerAgency;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.InputText;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/**
 * A council administrator's settings for their MASH: the partner agencies it asks with their
 * nominated leads, and how long partners have to answer by the contact's urgency.
 */
@Controller
@RequestMapping("/staff/admin/mash")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record MashSettingsController(MashSettings settings) {

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("HOURS", "Working hours, while the office is open");
    UNITS.put("DAYS", "Working days");
  }

  static final Map<String, String> UNITS_IN_TEXT = Map.of("HOURS", "working hours", "DAYS", "working days");

  /** A partner agency as the administrator typed it, valid or not. */
  record AgencyForm(String agency, String name, String leadEmail) {

    /** Checks the name and lead email, recording errors, and gives the agency as it is to be kept. */
    PartnerAgency checked(FieldErrors errors) {
      // A name stays on one line: it goes into emails' subjects.
      String cleanName =
          InputText.singleLine(errors.required("name", "The name", name, MashSettings.MAX_NAME, "Enter the agency’s name"));
      String cleanEmail = errors.email("leadEmail", leadEmail, false, null);
      return new PartnerAgency(Labelled.named(Agency.class, agency).orElse(null), cleanName, cleanEmail);
    }
  }

  /** A deadline as the administrator typed it, valid or not. */
  record DeadlineForm(String amount, String unit) {

    static DeadlineForm of(Deadline deadline) {
      return new DeadlineForm(Long.toString(deadline.amount()), deadline.inDays() ? "DAYS" : "HOURS");
    }

    boolean inDays() {
      return "DAYS".equals(unit);
    }

    /** The whole number of working hours or days, with errors recorded if it is not one in range. */
    int checked(FieldErrors errors) {
      String typed = FieldErrors.clean(amount);
      int most = inDays() ? MashSettings.MAX_WORKING_DAYS : MashSettings.MAX_WORKING_HOURS;
      int number = 0;
      if (typed == null) {
        errors.add("amount", "Enter the number of working hours or working days");
      } else if (!typed.matches("-?\\d+")) {
        errors.add("amount", "The deadline must be a whole number, like 4");
      } else {
        BigInteger value = new BigInteger(typed);
        if (value.signum() < 1) {
          errors.add("amount", "The deadline must be 1 or more");
        } else if (UNITS.containsKey(unit) && value.compareTo(BigInteger.valueOf(most)) > 0) {
          errors.add("amount", "A deadline in " + UNITS_IN_TEXT.get(unit) + " must be " + most + " or fewer");
        } else {
          number = value.intValue();
        }
      }
      if (!UNITS.containsKey(unit)) {
        errors.add("unit", "Select working hours or working days");
      }
      return number;
    }
  }

  @GetMapping("/agencies")
  String agencies(@AuthenticationPrincipal StaffUser me, Model model) {
    return agenciesPage(me, new AgencyForm(null, null, null), Map.of(), model);
  }

  @PostMapping("/agencies")
  String addAgency(@AuthenticationPrincipal StaffUser me, AgencyForm form, Model model, RedirectAttributes flash) {
    FieldErrors errors = new FieldErrors();
    if (!notYetAdded(me).containsKey(String.valueOf(form.agency()))) {
      errors.add("agency", "Select which agency to add");
    }
    PartnerAgency added = form.checked(errors);
    if (!errors.isEmpty()) {
      return agenciesPage(me, form, errors.ordered(), model);
    }
    if (!settings.addAgency(me, added)) {
      return agenciesPage(me, form, Map.of("agency", "That agency has already been added"), model);
    }
    flash.addFlashAttribute("done", added.name() + " is added. MASH workers can ask it for information now.");
    return "redirect:/staff/admin/mash/agencies";
  }

  @GetMapping("/agencies/{code}")
  String agency(@AuthenticationPrincipal StaffUser me, @PathVariable String code, Model model) {
    PartnerAgency agency = configured(me, code);
    return agencyPage(agency, new AgencyForm(agency.agency().name(), agency.name(), agency.leadEmail()), Map.of(), model);
  }

  @PostMapping("/agencies/{code}")
  String changeAgency(
      @AuthenticationPrincipal StaffUser me, @PathVariable String code, AgencyForm typed, Model model, RedirectAttributes flash) {
    PartnerAgency agency = configured(me, code);
    AgencyForm form = new AgencyForm(agency.agency().name(), typed.name(), typed.leadEmail());
    FieldErrors errors = new FieldErrors();
    PartnerAgency changed = form.checked(errors);
    if (!errors.isEmpty()) {
      return agencyPage(agency, form, errors.ordered(), model);
    }
    if (!settings.changeAgency(me, changed)) {
      throw new NotFoundException(code);
    }
    flash.addFlashAttribute("done", changed.name() + " is saved.");
    return "redirect:/staff/admin/mash/agencies";
  }

  @GetMapping("/deadlines")
  String deadlines(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("deadlines", settings.deadlines(me.authorityId()));
    return "mash/settings-deadlines";
  }

  @GetMapping("/deadlines/{urgency}")
  String deadline(@AuthenticationPrincipal StaffUser me, @PathVariable String urgency, Model model) {
    Deadline deadline = settings.deadline(me.authorityId(), rag(urgency));
    return deadlinePage(deadline, DeadlineForm.of(deadline), Map.of(), model);
  }

  @PostMapping("/deadlines/{urgency}")
  String changeDeadline(
      @AuthenticationPrincipal StaffUser me, @PathVariable String urgency, DeadlineForm form, Model model, RedirectAttributes flash) {
    Rag rag = rag(urgency);
    FieldErrors errors = new FieldErrors();
    int number = form.checked(errors);
    if (!errors.isEmpty()) {
      return deadlinePage(settings.deadline(me.authorityId(), rag), form, errors.ordered(), model);
    }
    settings.setDeadline(me, rag, number, form.inDays());
    flash.addFlashAttribute("done", saved(rag, settings.deadline(me.authorityId(), rag)));
    return "redirect:/staff/admin/mash/deadlines";
  }

  @PostMapping("/deadlines/{urgency}/default")
  String resetDeadline(@AuthenticationPrincipal StaffUser me, @PathVariable String urgency, RedirectAttributes flash) {
    Rag rag = rag(urgency);
    flash.addFlashAttribute("done", saved(rag, settings.resetDeadline(me, rag)));
    return "redirect:/staff/admin/mash/deadlines";
  }

  private static String saved(Rag rag, Deadline deadline) {
    return "Partners have " + deadline.describe() + (deadline.isDefault() ? " (the default)" : "") + " to answer requests about "
        + rag.word() + " contacts made from now on. Requests already made keep their deadline.";
  }

  private String agenciesPage(StaffUser me, AgencyForm form, Map<String, String> errors, Model model) {
    model.addAttribute("agencies", settings.agencies(me.authorityId()));
    model.addAttribute("notYetAdded", notYetAdded(me));
    return page("mash/settings-agencies", form, errors, model);
  }

  private String agencyPage(PartnerAgency agency, AgencyForm form, Map<String, String> errors, Model model) {
    model.addAttribute("agency", agency);
    model.addAttribute("kind", agency.agency().label());
    return page("mash/settings-agency", form, errors, model);
  }

  private String deadlinePage(Deadline deadline, DeadlineForm form, Map<String, String> errors, Model model) {
    model.addAttribute("deadline", deadline);
    model.addAttribute("urgency", deadline.rag().word());
    model.addAttribute("defaultDeadline", MashSettings.defaultDeadline(deadline.rag()));
    model.addAttribute("units", UNITS);
    return page("mash/settings-deadline", form, errors, model);
  }

  /** A page with a form: what was typed and what is wrong with it. */
  private String page(String view, Record form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return view;
  }

  /** The agencies the council's MASH does not ask yet, code to plain name. */
  private Map<String, String> notYetAdded(StaffUser me) {
    Map<String, String> options = new LinkedHashMap<>();
    Agency.PARTNERS.forEach(a -> options.put(a.name(), a.label()));
    List<PartnerAgency> added = settings.agencies(me.authorityId());
    added.forEach(a -> options.remove(a.agency().name()));
    return options;
  }

  private PartnerAgency configured(StaffUser me, String code) {
    return Labelled.named(Agency.class, code.toUpperCase(Locale.ROOT))
        .flatMap(agency -> settings.agency(me.authorityId(), agency))
        .orElseThrow(() -> new NotFoundException(code));
  }

  private static Rag rag(String urgency) {
    return Rag.byWord(urgency.toLowerCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException(urgency));
  }
}
