package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.mash.ContactStatus;
import uk.frontdoor.mash.Decision;
import uk.frontdoor.mash.InformationRequest;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.platform.workflow.StatusChange;

/**
 * The chronology's entries from the MASH, for each referral on the child's episodes: the contact's
 * arrival, the decision and its authorisation, and what partner agencies answered. Each links to
 * the referral's page in casework, which a practitioner may open without access to the MASH.
 */
@Component
record ContactChronology(EpisodeHistories histories, MashQueue queue, MashDecisions decisions, InformationRequests requests)
    implements ChronologySource {

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (EpisodeReferral referral : histories.referrals(authorityId, episode.id())) {
      if (referral.contactId() != null) {
        UUID contact = referral.contactId();
        String link =
            referral.referralId() == null ? null : page + "/referrals/" + referral.reference();
        String key = "contact:" + contact;
        for (StatusChange<ContactStatus> change : queue.history(authorityId, contact)) {
          if (change.from() == null) {
            entries.add(new ChronologyEntry(
                key + ":received", change.at(), false, "Contact", "Contact " + referral.reference() + " received by the MASH", "", link, false));
          }
        }
        decisions.of(authorityId, contact).ifPresent(decision -> entries.addAll(decided(key, decision, link)));
        for (InformationRequest request : requests.ofContact(authorityId, contact)) {
          if (request.answered()) {
            entries.add(new ChronologyEntry(
                "answer:" + request.id(), request.answeredAt(), false, "Partner agency",
                request.agency().label() + " answered about " + request.personName() + ": "
                    + (Boolean.TRUE.equals(request.nothingKnown()) ? "nothing known." : request.answer()),
                request.answeredByName(), link, false));
          }
        }
      }
    }
    return entries;
  }

  private static List<ChronologyEntry> decided(String key, Decision decision, String link) {
    List<ChronologyEntry> entries = new ArrayList<>();
    entries.add(new ChronologyEntry(
        key + ":decided", decision.decidedAt(), false, "MASH decision",
        "MASH decision: " + decision.outcome().label() + " (level " + decision.thresholdLevel() + "). " + decision.rationale(),
        decision.decidedByName(), link, false));
    if (decision.authorised()) {
      entries.add(new ChronologyEntry(
          key + ":authorised", decision.authorisedAt(), false, "MASH decision", "MASH decision authorised",
          decision.authorisedByName(), link, false));
    }
    return entries;
  }
}
