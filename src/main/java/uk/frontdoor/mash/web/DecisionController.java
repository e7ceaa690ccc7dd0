package uk.frontdoor.mash.web;

import java.util.LinkedHashMap;
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
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.ContactStatus;
import uk.frontdoor.mash.Decision;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashDecisions.Proposal;
import uk.frontdoor.mash.MashDecisions.Result;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/** The decision on a contact, and a manager's authorisation of it. */
@Controller
@RequestMapping("/staff/mash/contacts/{reference}")
record DecisionController(MashQueue queue, MashDecisions decisions, Authorities authorities) {

  static final int MAX_TEXT = 5000;

  /** The form a worker fills in, as they typed it. */
  record DecisionForm(String thresholdLevel, String rationale, String outcome, String nextSteps) {
    static DecisionForm of(Decision decision) {
      return new DecisionForm(
          Integer.toString(decision.thresholdLevel()), decision.rationale(), decision.outcome().name(), decision.nextSteps());
    }
  }

  /** A manager's answer to a decision: authorise it, or send it back with the reason. */
  record Authorisation(String action, String reason) {}

  @GetMapping("/decision")
  @PreAuthorize("hasAnyRole('MASH_SOCIAL_WORKER', 'MASH_MANAGER')")
  String decisionForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    MashContact contact = opened(me, reference);
    DecisionForm form =
        decisions.of(me.authorityId(), contact.id()).map(DecisionForm::of).orElse(new DecisionForm(null, null, null, null));
    return decisionPage(me, contact, form, Map.of(), model);
  }

  @PostMapping("/decision")
  @PreAuthorize("hasAnyRole('MASH_SOCIAL_WORKER', 'MASH_MANAGER')")
  String decide(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, DecisionForm form, RedirectAttributes flash, Model model) {
    FieldErrors errors = new FieldErrors();
    if (!authorities.get(me.authorityId()).thresholdLevelLabels().containsKey(String.valueOf(form.thresholdLevel()))) {
      errors.add("thresholdLevel", "Select the level of need");
    }
    String why = errors.required("rationale", "The rationale", form.rationale(), MAX_TEXT, "Explain why this level applies");
    if (Labelled.named(Outcome.class, form.outcome()).isEmpty()) {
      errors.add("outcome", "Select what happens next");
    }
    String steps =
        errors.required("nextSteps", "Next steps", form.nextSteps(), MAX_TEXT, "Say what the next steps are and who takes them");
    if (!errors.isEmpty()) {
      return decisionPage(me, opened(me, reference), form, errors.ordered(), model);
    }
    Result result = decisions.decide(
        me, reference, new Proposal(Integer.parseInt(form.thresholdLevel()), why, Outcome.valueOf(form.outcome()), steps));
    return switch (result) {
      case DONE -> {
        flash.addFlashAttribute("done", "The decision on contact " + reference + " is sent to a manager to authorise.");
        yield "redirect:/staff/mash/contacts/" + reference;
      }
      case NOT_FOUND -> throw new NotFoundException(reference);
      case NOT_TRIAGED -> decisionPage(
          me, opened(me, reference), form,
          Map.of("triage", "Rate how urgent this contact is and assign it to a worker before you record the decision"), model);
      default -> {
        MashContact now = opened(me, reference);
        String stage = whyNoDecision(now.status());
        yield decisionPage(
            me, now, form,
            Map.of("decided", stage == null ? "This contact changed while you were deciding: check it and send the decision again" : stage),
            model);
      }
    };
  }

  @GetMapping("/authorisation")
  @PreAuthorize("hasRole('MASH_MANAGER')")
  String authorisation(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    return authorisationPage(me, opened(me, reference), Map.of(), null, model);
  }

  @PostMapping("/authorisation")
  @PreAuthorize("hasRole('MASH_MANAGER')")
  String authorise(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Authorisation form, RedirectAttributes flash, Model model) {
    FieldErrors errors = new FieldErrors();
    Result result;
    if ("send-back".equals(form.action())) {
      String why = errors.required("reason", "The reason", form.reason(), 2000, "Say why you are sending the decision back");
      if (!errors.isEmpty()) {
        return authorisationPage(me, opened(me, reference), errors.ordered(), form.reason(), model);
      }
      result = decisions.sendBack(me, reference, why);
    } else {
      result = decisions.authorise(me, reference);
    }
    boolean sentBack = "send-back".equals(form.action());
    return switch (result) {
      case DONE -> {
        flash.addFlashAttribute(
            "done",
            sentBack
                ? "The decision on contact " + reference + " is sent back to the worker."
                : "The decision on contact " + reference + " is authorised.");
        yield "redirect:/staff/mash/contacts/" + reference;
      }
      case NOT_FOUND -> throw new NotFoundException(reference);
      case OWN_DECISION -> authorisationPage(
          me, opened(me, reference),
          Map.of("authorise", "You made this decision, so another manager must authorise it"), form.reason(), model);
      case WRONG_STAGE, NOT_TRIAGED -> authorisationPage(
          me, opened(me, reference),
          Map.of("authorise", "There is no decision waiting for authorisation on this contact"), form.reason(), model);
    };
  }

  /**
   * Why no decision can be recorded on a contact in this status, in words that say where it has
   * got to; null where a decision can be recorded.
   */
  static String whyNoDecision(ContactStatus status) {
    return switch (status) {
      case NEW, IN_TRIAGE -> null;
      case AWAITING_AUTHORISATION ->
          "A decision on this contact is waiting for a manager to authorise it. It can be changed only if a manager sends it back";
      case AUTHORISED -> "This contact’s decision has been authorised and can no longer be changed";
    };
  }

  private MashContact opened(StaffUser me, String reference) {
    return queue.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
  }

  private String decisionPage(StaffUser me, MashContact contact, DecisionForm form, Map<String, String> errors, Model model) {
    common(me, contact, model);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", Labelled.options(Outcome.values()));
    model.addAttribute("editable", contact.decidable());
    model.addAttribute("whyNoDecision", whyNoDecision(contact.status()));
    model.addAttribute("triaged", contact.triaged());
    // A decision that can no longer be changed here is shown as it was recorded.
    model.addAttribute("decision", contact.decidable() ? null : decisions.of(me.authorityId(), contact.id()).orElse(null));
    return "mash/decision";
  }

  private String authorisationPage(
      StaffUser me, MashContact contact, Map<String, String> errors, String reason, Model model) {
    common(me, contact, model);
    model.addAttribute("errors", errors);
    model.addAttribute("reason", reason);
    model.addAttribute("decision", decisions.of(me.authorityId(), contact.id()).orElse(null));
    return "mash/authorisation";
  }

  private void common(StaffUser me, MashContact contact, Model model) {
    model.addAttribute("levels", authorities.get(me.authorityId()).thresholdLevelLabels());
    model.addAttribute("contact", contact);
  }
}
