package uk.frontdoor.referral.professional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.ClientAddresses;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;
import uk.frontdoor.platform.WhenText;

/** Professionals sign in with their email address and a code emailed to it. */
@Controller
@PublicAccess
@RequestMapping("/{slug}/professional/sign-in")
class SignInController {

  private static final String CODE_ID = "professional-sign-in-code";
  private static final String CODE_EMAIL = "professional-sign-in-email";
  private static final String DEMO_CODE = "professional-sign-in-demo-code";

  private final Authorities authorities;
  private final ProfessionalAccounts accounts;
  private final ClientAddresses clientAddresses;
  private final Clock clock;
  private final boolean showCodes;
  private static final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SignInController(
      Authorities authorities,
      ProfessionalAccounts accounts,
      ClientAddresses clientAddresses,
      Clock clock,
      @Value("${frontdoor.demo.show-sign-in-codes:false}") boolean showCodes) {
    this.authorities = authorities;
    this.accounts = accounts;
    this.clientAddresses = clientAddresses;
    this.clock = clock;
    this.showCodes = showCodes;
  }

  @GetMapping
  String emailPage(@PathVariable String slug, Model model) {
    model.addAttribute("authority", authority(slug));
    // After a failed post, its errors and what was typed come as flash attributes.
    model.addAttribute("errors", FieldErrors.flashed(model.asMap()).ordered());
    if (!model.containsAttribute("email")) {
      model.addAttribute("email", "");
    }
    return "referral/professional/sign-in";
  }

  @PostMapping
  String sendCode(
      @PathVariable String slug,
      @RequestParam(name = "email", required = false) String email,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Authority authority = authority(slug);
    FieldErrors errors = new FieldErrors();
    String address = errors.email("email", email, true, "Enter your work email address");
    ProfessionalAccounts.CodeRequest asked =
        errors.isEmpty() ? accounts.requestCode(authority.id().value(), address, clientAddresses.of(request)) : null;
    if (asked != null && asked.refusal() != null) {
      // The same words for every address, whether or not it has an account; a limit is not a
      // mistake in what was typed, so the page is answered as it is, with 429.
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      errors.add("email", refusal(asked.refusal()));
      model.addAttribute("authority", authority);
      model.addAttribute("errors", errors.ordered());
      model.addAttribute("email", email);
      return "referral/professional/sign-in";
    }
    if (!errors.isEmpty()) {
      // Post/redirect/get after an error too: the back button never asks to resubmit.
      redirect.addFlashAttribute("errors", errors.ordered());
      redirect.addFlashAttribute("email", email);
      return "redirect:/" + slug + "/professional/sign-in";
    }
    ProfessionalAccounts.SentCode sent = asked.sent();
    session.setAttribute(CODE_ID, sent.id());
    session.setAttribute(CODE_EMAIL, address);
    if (showCodes) {
      session.setAttribute(DEMO_CODE, sent.code());
    }
    return "redirect:/" + slug + "/professional/sign-in/code";
  }

  @GetMapping("/code")
  String codePage(@PathVariable String slug, HttpSession session, Model model) {
    if (session.getAttribute(CODE_ID) == null) {
      return "redirect:/" + slug + "/professional/sign-in";
    }
    return codeView(authority(slug), session, FieldErrors.flashed(model.asMap()), model);
  }

  @PostMapping("/code")
  String checkCode(
      @PathVariable String slug,
      @RequestParam(name = "code", required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Authority authority = authority(slug);
    if (!(session.getAttribute(CODE_ID) instanceof UUID codeId)) {
      return "redirect:/" + slug + "/professional/sign-in";
    }
    FieldErrors errors = new FieldErrors();
    if (FieldErrors.clean(code) == null) {
      errors.add("code", "Enter the code we sent to your email address");
    }
    ProfessionalAccounts.Verification checked = errors.isEmpty() ? accounts.check(codeId, code) : null;
    if (checked != null && checked.lockedUntil() != null) {
      // A lock is not a mistake in what was typed: the page is answered as it is, with 429.
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      errors.add("code", refusal(new SignInLimits.Refusal(SignInLimits.Reason.EMAIL_LOCKED, checked.lockedUntil())));
      return codeView(authority, session, errors, model);
    }
    Optional<ProfessionalPrincipal> professional =
        checked == null ? Optional.empty() : Optional.ofNullable(checked.professional());
    if (errors.isEmpty() && professional.isEmpty()) {
      errors.add(
          "code",
          "The code is not right or has expired. Check it, or ask for a new code.");
    }
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("errors", errors.ordered());
      redirect.addFlashAttribute("code", code);
      return "redirect:/" + slug + "/professional/sign-in/code";
    }
    session.removeAttribute(CODE_ID);
    session.removeAttribute(DEMO_CODE);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            professional.get(), null, List.of(new SimpleGrantedAuthority("ROLE_" + ProfessionalSecurity.ROLE))));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/" + slug + "/professional";
  }

  private String refusal(SignInLimits.Refusal refusal) {
    String after = new WhenText(clock.instant()).at(refusal.until());
    return switch (refusal.reason()) {
      case EMAIL_LOCKED ->
          "There have been too many wrong codes for this email address. You can try again after "
              + after + ".";
      case TOO_MANY_FOR_EMAIL ->
          "You have asked for too many codes for this email address in the last hour. Use the last code"
              + " we sent, or ask for a new one after " + after + ".";
      case TOO_MANY_FROM_NETWORK ->
          "Too many codes have been asked for from your connection in the last hour. Ask for a new code"
              + " after " + after + ".";
    };
  }

  private String codeView(Authority authority, HttpSession session, FieldErrors errors, Model model) {
    model.addAttribute("authority", authority);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("email", session.getAttribute(CODE_EMAIL));
    model.addAttribute("demoCode", session.getAttribute(DEMO_CODE));
    return "referral/professional/code";
  }

  private Authority authority(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }
}
