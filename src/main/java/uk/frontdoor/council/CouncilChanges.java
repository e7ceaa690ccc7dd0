package uk.frontdoor.council;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.BankHolidayUpdates;
import uk.frontdoor.authority.BankHolidays;
import uk.frontdoor.authority.CouncilDetails.Change;
import uk.frontdoor.authority.CouncilDetails.Editor;
import uk.frontdoor.authority.CouncilDetails;
import uk.frontdoor.authority.SpecialDays;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Transactions;

/** A council administrator's changes to the council's details, each saved with its audit entry in one transaction. */
@Service
public record CouncilChanges(CouncilDetails details, BankHolidayUpdates bankHolidays, AuditLog audit,
    Transactions transactions) {

  public static final String SUBJECT = "COUNCIL_DETAILS";

  /**
   * Saves a change as a version in effect from {@code from}.
   *
   * @throws IllegalArgumentException if the council's details would not then be readable
   */
  public long change(StaffUser me, Change change, Instant from, String reason) {
    return transactions.write(() -> {
      long version = details.change(me.authorityId(), change, from, reason, editor(me));
      record(me, "COUNCIL_DETAILS_CHANGED", "v" + version, change.what() + ", in effect from " + from + ": " + reason);
      return version;
    });
  }

  /** Withdraws a version not yet in effect; false if there is none such. */
  public boolean withdraw(StaffUser me, long version, Instant now) {
    return transactions.write(() -> {
      boolean withdrawn = details.withdraw(me.authorityId(), version, editor(me), now);
      if (withdrawn) {
        record(me, "COUNCIL_DETAILS_WITHDRAWN", "v" + version, "Scheduled version withdrawn before it took effect");
      }
      return withdrawn;
    });
  }

  /** Adds a closure or shorter day; false if the council has a special day on that date already. */
  public boolean addSpecialDay(StaffUser me, SpecialDays.Day day) {
    return transactions.write(() -> {
      boolean added = details.addSpecialDay(me.authorityId(), day, editor(me));
      if (added) {
        record(me, "SPECIAL_DAY_ADDED", day.date().toString(),
            (day.closure() ? "Closed all day" : "Closes at " + day.closesAt()) + ": " + day.description());
      }
      return added;
    });
  }

  public boolean removeSpecialDay(StaffUser me, LocalDate date) {
    return transactions.write(() -> {
      boolean removed = details.removeSpecialDay(me.authorityId(), date);
      if (removed) {
        record(me, "SPECIAL_DAY_REMOVED", date.toString(), "Special day removed");
      }
      return removed;
    });
  }

  /**
   * Checks and keeps GOV.UK's bank holidays file for every council of the deployment.
   *
   * @throws IllegalArgumentException saying what is wrong with the file
   */
  public BankHolidays uploadBankHolidays(StaffUser me, byte[] file) {
    return transactions.write(() -> {
      BankHolidays holidays = bankHolidays.upload(file, me.id(), me.displayName());
      record(me, "BANK_HOLIDAYS_UPLOADED", "england-and-wales", "Bank holidays known until " + holidays.lastHoliday());
      return holidays;
    });
  }

  private void record(StaffUser me, String action, String subjectId, String detail) {
    audit.record(me.authorityId(), me.id(), me.displayName(), action, SUBJECT, subjectId, detail);
  }

  private static Editor editor(StaffUser me) {
    return new Editor(me.id(), me.displayName());
  }
}
