package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.ClientAddresses;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * How the public routes send: at most so many stored submissions an hour from one connection
 * ({@link SubmissionRateLimiter}), counted only when a submission is stored, so empty or repeated
 * posts never use up a genuine reporter's allowance.
 */
@Component
record PublicSending(Referrals referrals, SubmissionRateLimiter rateLimiter, ClientAddresses clientAddresses) {

  /** Why the connection may not send now, if it may not. */
  Optional<String> refusal(HttpServletRequest request, String what) {
    if (rateLimiter.allows(clientAddresses.of(request))) {
      return Optional.empty();
    }
    return Optional.of(
        "Too many " + what + " have been sent from your connection in the last hour. Your answers are saved: try"
            + " again later, or call us now.");
  }

  /** Stores the document once for the token (sending it again is the same submission); its reference. */
  String send(HttpServletRequest request, Authority authority, ReferralDocument document, String token) {
    Receipt receipt =
        referrals.submit(new Submission(authority.id().value(), Channel.ONLINE, document, "online:" + token, null, null));
    if (receipt.created()) {
      rateLimiter.stored(clientAddresses.of(request));
    }
    return receipt.reference();
  }
}
