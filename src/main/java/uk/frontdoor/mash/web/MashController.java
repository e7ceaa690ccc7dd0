package uk.frontdoor.mash.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.ContactPeople;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.OutOfHours;
import uk.frontdoor.mash.QueueFilter;
import uk.frontdoor.mash.QueuePage;
import uk.frontdoor.mash.Rag;
import uk.frontdoor.mash.TimeLeft;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.Pagination;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/** The MASH queue, a contact, and the first triage steps: rate its urgency and assign it. */
@Controller
@RequestMapping("/staff/mash")
@PreAuthorize("hasAnyRole('MASH_SOCIAL_WORKER', 'MASH_MANAGER')")
record MashController(MashQueue queue, MashDecisions decisions, InformationRequests requests, OutOfHours outOfHours,
    ContactPeople people, Referrals referrals, Authorities authorities, CouncilCalendars calendars,
    StaffDirectory directory, AuditLog audit, Transactions transactions, Clock clock) {

  static final List<String> MASH_ROLES = List.of("MASH_SOCIAL_WORKER", "MASH_MANAGER");

  /** A row of the queue with its time left worked out. */
  record Row(MashContact contact, TimeLeft timeLeft) {}

  private List<Row> rows(StaffUser me) {
    return queue.awaitingDecision(me.authorityId()).stream()
        .map(c -> new Row(c, TimeLeft.until(clock.instant(), c.decisionDueAt(), calendars.of(me.authorityId()))))
        .toList();
  }

  /** A worker's rating of how urgent a contact is, and why. */
  record Rating(String rag, String reason) {}

  /**
   * A page of the queue, filtered as the worker asked ({@code ?show=mine&urgency=red&page=2}):
   * {@value MashQueue#PAGE_SIZE} contacts a page, most urgent first. Words it does not know mean
   * the whole queue and page 1.
   */
  @GetMapping
  String queue(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam(name = "show", required = false) String show,
      @RequestParam(name = "urgency", required = false) String urgency,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    QueueFilter filter = QueueFilter.of(show, urgency);
    QueuePage shown = queue.page(me.authorityId(), me.id(), filter, QueueView.pageNumber(page));
    Instant now = clock.instant();
    WorkingCalendar calendar = calendars.of(me.authorityId());
    model.addAttribute(
        "rows", shown.contacts().stream().map(c -> new Row(c, TimeLeft.until(now, c.decisionDueAt(), calendar))).toList());
    model.addAttribute("queuePage", shown);
    model.addAttribute("filter", filter);
    model.addAttribute("shows", QueueFilter.Show.values());
    model.addAttribute("urgencies", QueueFilter.Urgency.values());
    model.addAttribute("pagination", Pagination.of(shown.page(), shown.pages(), n -> QueueView.link(filter, n)));
    model.addAttribute("caption", QueueView.caption(shown, filter));
    model.addAttribute("overdue", shown.counts().overdue());
    return "mash/queue";
  }

  @GetMapping("/dashboard")
  @PreAuthorize("hasRole('MASH_MANAGER')")
  String dashboard(@AuthenticationPrincipal StaffUser me, Model model) {
    List<Row> rows = rows(me).stream().filter(r -> r.timeLeft().overdue() || r.timeLeft().dueToday()).toList();
    model.addAttribute("summary", queue.summary(me.authorityId(), calendars.of(me.authorityId())));
    model.addAttribute("rows", rows);
    return "mash/dashboard";
  }

  @GetMapping("/contacts/{reference}")
  String contact(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    MashContact contact = queue.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
    return contactPage(me, contact, Map.of(), null, null, null, model);
  }

  @PostMapping("/contacts/{reference}/rag")
  String rate(
      @AuthenticationPrincipal StaffUser me, @PathVariable String reference, Rating form, RedirectAttributes flash, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Rag> rated = Labelled.named(Rag.class, form.rag());
    if (rated.isEmpty()) {
      errors.put("rag", "Select red, amber or green");
    }
    String why = form.reason() == null ? "" : form.reason().strip();
    if (why.isEmpty()) {
      errors.put("reason", "Say why you rate it so");
    } else if (why.length() > 1000) {
      errors.put("reason", "The reason must be 1000 characters or fewer");
    }
    if (!errors.isEmpty()) {
      MashContact contact = queue.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
      return contactPage(me, contact, errors, form.rag(), form.reason(), null, model);
    }
    if (!queue.rate(me, reference, rated.get(), why)) {
      throw new NotFoundException(reference);
    }
    flash.addFlashAttribute("done", "Contact " + reference + " is rated " + rated.get().label() + ". The reason shows under Urgency.");
    return "redirect:/staff/mash/contacts/" + reference;
  }

  @PostMapping("/contacts/{reference}/assign")
  String assign(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam(required = false) String to,
      RedirectAttributes flash,
      Model model) {
    Optional<StaffMember> colleague =
        directory.withAnyRole(me.authorityId(), MASH_ROLES).stream()
            .filter(member -> member.id().toString().equals(to))
            .findFirst();
    if (colleague.isEmpty()) {
      MashContact contact = queue.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
      return contactPage(me, contact, Map.of("to", "Select who will work on this contact"), null, null, null, model);
    }
    if (!queue.assign(me, reference, colleague.get().id(), colleague.get().displayName())) {
      throw new NotFoundException(reference);
    }
    flash.addFlashAttribute(
        "done",
        "Contact " + reference + " is assigned to "
            + (colleague.get().id().equals(me.id()) ? "you" : colleague.get().displayName()) + ".");
    return "redirect:/staff/mash/contacts/" + reference;
  }

  @GetMapping("/contacts/{reference}/seen-by")
  @PreAuthorize("hasRole('MASH_MANAGER')")
  String seenBy(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    MashContact contact = queue.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
    model.addAttribute("contact", contact);
    model.addAttribute("entries", audit.about(me.authorityId(), MashQueue.SUBJECT, contact.reference()));
    return "mash/seen-by";
  }

  @GetMapping("/people/{personId}/seen-by")
  @PreAuthorize("hasRole('MASH_MANAGER')")
  String personSeenBy(@AuthenticationPrincipal StaffUser me, @PathVariable java.util.UUID personId, Model model) {
    model.addAttribute("entries", audit.about(me.authorityId(), ContactPeople.PERSON, personId.toString()));
    return "mash/person-seen-by";
  }

  @GetMapping("/audit")
  @PreAuthorize("hasRole('MASH_MANAGER')")
  String verifyAudit(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("verification", audit.verify(me.authorityId()));
    return "mash/audit";
  }

  /** What a worker chose when asking partner agencies, kept to show back with an error. */
  record RequestForm(List<String> agencies, List<String> people, String question) {}

  /** The contact page after a partner request that needs correcting. */
  String contactPage(StaffUser me, MashContact contact, Map<String, String> errors, RequestForm requestForm, Model model) {
    return contactPage(me, contact, errors, null, null, requestForm, model);
  }

  private String contactPage(
      StaffUser me,
      MashContact contact,
      Map<String, String> errors,
      String rag,
      String reason,
      RequestForm requestForm,
      Model model) {
    // One transaction for everything the page reads: each service joins it, and the council is
    // bound once.
    transactions.write(() -> read(me, contact, model));
    model.addAttribute(
        "requestForm",
        requestForm != null ? requestForm : new RequestForm(List.of(), List.of(), RequestsController.DEFAULT_QUESTION));
    model.addAttribute("errors", errors);
    model.addAttribute("rag", rag == null && contact.rag() != null ? contact.rag().name() : rag);
    model.addAttribute("reason", reason);
    return "mash/contact";
  }

  private void read(StaffUser me, MashContact contact, Model model) {
    ReferralDocument document = referrals.document(me.authorityId(), contact.referralId()).orElseThrow();
    model.addAttribute("requests", requests.ofContact(me.authorityId(), contact.id()));
    model.addAttribute("edtActions", outOfHours.actions(me.authorityId(), contact.id()));
    List<ContactPeople.Person> named = people.named(me.authorityId(), document, contact.reference());
    model.addAttribute("named", named);
    model.addAttribute("historyLabels", PeopleInContact.HISTORY_LABELS);
    model.addAttribute("agencies", RequestsController.options(requests.agencies(me.authorityId())));
    model.addAttribute("people", PeopleInContact.labels(PeopleInContact.of(document, people.askable(me.authorityId(), named))));
    model.addAttribute("now", clock.instant());
    model.addAttribute("contact", contact);
    model.addAttribute("timeLeft", TimeLeft.until(clock.instant(), contact.decisionDueAt(), calendars.of(me.authorityId())));
    model.addAttribute("document", document);
    model.addAttribute("colleagues", colleagues(me));
    model.addAttribute("assignedTo", contact.assignedTo() == null ? null : contact.assignedTo().toString());
    model.addAttribute("ragOptions", Rag.options());
    model.addAttribute("decision", decisions.of(me.authorityId(), contact.id()).orElse(null));
    model.addAttribute("levels", authorities.get(me.authorityId()).thresholdLevelLabels());
    model.addAttribute("history", queue.history(me.authorityId(), contact.id()));
    model.addAttribute("rating", queue.rating(me.authorityId(), contact.id()).orElse(null));
    // Last: seeing the linked people's histories is audited, and the audit log's lock is held
    // from there to the end of the transaction.
    model.addAttribute("linked", people.linked(me, contact.reference(), clock.instant()));
  }

  /** The MASH's workers a contact can be assigned to, by id, the worker themselves named "Me". */
  private Map<String, String> colleagues(StaffUser me) {
    Map<String, String> colleagues = new LinkedHashMap<>();
    directory.withAnyRole(me.authorityId(), MASH_ROLES).forEach(member -> colleagues.put(
        member.id().toString(), member.id().equals(me.id()) ? "Me (" + member.displayName() + ")" : member.displayName()));
    return colleagues;
  }
}
