package uk.frontdoor.mash.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.InformationRequest;
import uk.frontdoor.mash.ContactPeople;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.InformationRequests.Person;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/**
 * Information requests: the MASH asks partner agencies about the people in a contact; a partner
 * practitioner sees and answers only the requests addressed to their own agency.
 */
@Controller
record RequestsController(InformationRequests requests, MashQueue queue, Referrals referrals,
    StaffDirectory directory, MashController contacts, ContactPeople contactPeople, Clock clock) {

  static final String DEFAULT_QUESTION =
      "Please tell us what your agency knows about this person that is relevant to the safety or"
          + " welfare of the child: incidents, involvement, concerns, and who in your agency knows them.";

  /** A partner's answer: whether their agency holds information about the person, and what it holds. */
  record AnswerForm(String holds, String answer) {}

  @PostMapping("/staff/mash/contacts/{reference}/requests")
  @PreAuthorize("hasAnyRole('MASH_SOCIAL_WORKER', 'MASH_MANAGER')")
  String ask(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam(required = false) List<String> agency,
      @RequestParam(required = false) List<String> person,
      @RequestParam(required = false) String question,
      Model model) {
    MashContact contact = queue.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
    ReferralDocument document = referrals.document(me.authorityId(), contact.referralId()).orElseThrow();
    Map<String, Person> people =
        PeopleInContact.of(
            document, contactPeople.askable(me.authorityId(), contactPeople.named(me.authorityId(), document, contact.reference())));
    Map<String, String> agencies = options(requests.agencies(me.authorityId()));
    List<String> chosenAgencies = agency == null ? List.of() : agency.stream().filter(agencies::containsKey).distinct().toList();
    List<String> chosenPeople = person == null ? List.of() : person.stream().filter(people::containsKey).distinct().toList();
    FieldErrors errors = new FieldErrors();
    if (chosenAgencies.isEmpty()) {
      errors.add("agency", "Select at least one agency to ask");
    }
    if (chosenPeople.isEmpty()) {
      errors.add("person", "Select at least one person to ask about");
    }
    String asked = errors.required("question", "The question", question, 2000, "Enter what you want to know");
    if (!errors.isEmpty()) {
      return contacts.contactPage(
          me, contact, errors.ordered(), new MashController.RequestForm(chosenAgencies, chosenPeople, question), model);
    }
    requests.ask(me, reference, chosenAgencies.stream().map(Agency::valueOf).toList(), chosenPeople.stream().map(people::get).toList(), asked);
    return "redirect:/staff/mash/contacts/" + contact.reference() + "#requests";
  }

  @GetMapping("/staff/requests")
  @PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
  String forMyAgency(@AuthenticationPrincipal StaffUser me, Model model) {
    Agency agency = agencyOf(me);
    model.addAttribute("agencyName", requests.agencies(me.authorityId()).getOrDefault(agency, agency.label()));
    model.addAttribute("requests", requests.forAgency(me.authorityId(), agency));
    model.addAttribute("now", clock.instant());
    return "mash/partner-requests";
  }

  @GetMapping("/staff/requests/{id}")
  @PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
  String request(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return requestPage(me, opened(me, id), Map.of(), null, null, model);
  }

  @PostMapping("/staff/requests/{id}")
  @PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
  String answer(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, AnswerForm form, RedirectAttributes flash, Model model) {
    InformationRequest request = opened(me, id);
    FieldErrors errors = new FieldErrors();
    String given = null;
    if (!"yes".equals(form.holds()) && !"no".equals(form.holds())) {
      errors.add("holds", "Select whether your agency holds information about this person");
    } else if ("yes".equals(form.holds())) {
      given = errors.required("answer", "Your answer", form.answer(), 10000, "Enter what your agency holds");
    } else {
      given = errors.optional("answer", "Your answer", form.answer(), 10000);
    }
    if (!errors.isEmpty()) {
      return requestPage(me, request, errors.ordered(), form.holds(), form.answer(), model);
    }
    if (!requests.answer(me, agencyOf(me), request.id(), "no".equals(form.holds()), given)) {
      return requestPage(me, request, Map.of("holds", "This request has already been answered"), form.holds(), form.answer(), model);
    }
    flash.addFlashAttribute(
        "done", "Your answer about " + request.personName() + " (contact " + request.contactReference() + ") is sent to the MASH.");
    return "redirect:/staff/requests";
  }

  private InformationRequest opened(StaffUser me, String id) {
    UUID requestId;
    try {
      requestId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(id);
    }
    return requests.openFor(me, agencyOf(me), requestId).orElseThrow(() -> new NotFoundException(id));
  }

  /** A council's partner agencies as choices on a page: each kind's name to the council's name for it. */
  static Map<String, String> options(Map<Agency, String> agencies) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    agencies.forEach((agency, name) -> options.put(agency.name(), name));
    return options;
  }

  private Agency agencyOf(StaffUser me) {
    return directory.agencyOf(me.id()).orElseThrow(() -> new NotFoundException("agency"));
  }

  private String requestPage(
      StaffUser me, InformationRequest request, Map<String, String> errors, String holds, String answer, Model model) {
    model.addAttribute("request", request);
    model.addAttribute("errors", errors);
    model.addAttribute("holds", holds);
    model.addAttribute("answer", answer);
    Map<String, String> holdsOptions = new java.util.LinkedHashMap<>();
    holdsOptions.put("yes", "Yes, we hold information");
    holdsOptions.put("no", "No, we hold nothing about this person");
    model.addAttribute("holdsOptions", holdsOptions);
    model.addAttribute("now", clock.instant());
    return "mash/partner-request";
  }
}
