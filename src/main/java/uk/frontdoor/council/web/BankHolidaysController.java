package uk.frontdoor.council.web;

import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.AuthorityDataCheck;
import uk.frontdoor.authority.BankHolidayUpdates;
import uk.frontdoor.authority.BankHolidays;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;

/**
 * The bank holidays every council's calendar counts with, and an upload of GOV.UK's newer
 * {@code bank-holidays.json} (its England and Wales division), checked before it is used.
 */
@Controller
@RequestMapping("/staff/council/bank-holidays")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record BankHolidaysController(WorkingCalendar calendar, AuthorityDataCheck check, CouncilChanges changes) {

  @GetMapping
  String page(Model model) {
    return page(Map.of(), model);
  }

  @PostMapping
  String upload(
      @AuthenticationPrincipal StaffUser me, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
      RedirectAttributes flash) throws IOException {
    if (file == null || file.isEmpty()) {
      return page(Map.of("file", "Choose GOV.UK’s bank-holidays.json file"), model);
    }
    if (file.getSize() > BankHolidayUpdates.MAX_BYTES) {
      return page(Map.of("file", "The file must be smaller than 1 MB"), model);
    }
    BankHolidays holidays;
    try {
      holidays = changes.uploadBankHolidays(me, file.getBytes());
    } catch (IllegalArgumentException e) {
      return page(Map.of("file", e.getMessage()), model);
    }
    flash.addFlashAttribute("done", "Bank holidays are now known until " + WhenDay.of(holidays.lastHoliday()) + ".");
    return "redirect:/staff/council/bank-holidays";
  }

  private String page(Map<String, String> errors, Model model) {
    BankHolidays known = calendar.bankHolidays();
    model.addAttribute("lastHoliday", WhenDay.of(known.lastHoliday()));
    model.addAttribute("warning", check.bankHolidaysRunningOut().orElse(null));
    model.addAttribute("errors", errors);
    return "council/bank-holidays";
  }

  /** A day in words: "28 December 2027". */
  static final class WhenDay {
    private static final java.time.format.DateTimeFormatter DAY =
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private WhenDay() {}

    static String of(java.time.LocalDate day) {
      return DAY.format(day);
    }
  }
}
