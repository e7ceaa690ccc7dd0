package uk.frontdoor.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.StaffWork;
import uk.frontdoor.identity.internal.SignInAttempts.Attempt;
import uk.frontdoor.identity.internal.SingleSignOnProviders;
import uk.frontdoor.identity.internal.StaffSignIn.PasswordChecked;
import uk.frontdoor.identity.internal.StaffSignIn;
import uk.frontdoor.platform.PublicAccess;
import uk.frontdoor.platform.WhenText;

/**
 * Staff sign in: username and password, then the code from their authenticator app, or, the first
 * time, setting the app up with a QR code (or the key typed by hand) and its first code. The
 * session is signed in only after the code.
 */
@Controller
record StaffSignInController(StaffSignIn signIn, SingleSignOnProviders providers, ObjectProvider<StaffWork> work,
    Clock clock) {

  private static final String SIGN_IN = "/staff/sign-in";
  private static final String CODE = SIGN_IN + "/code";
  private static final String SET_UP = SIGN_IN + "/set-up";
  private static final String WRONG_PASSWORD = "The username or password is not right";
  private static final String WRONG_CODE = "The code is not right. Enter the code your authenticator app shows now";

  private static final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  @GetMapping(SIGN_IN)
  @PublicAccess
  String signInPage(
      @RequestParam(name = "signedOut", required = false) String signedOut, Model model) {
    // After a lock-out at the code step, its message and the username come as flash attributes.
    Map<String, String> errors = new LinkedHashMap<>();
    if (model.getAttribute("lockedUntil") instanceof Instant until) {
      errors.put("username", lockedMessage(until));
    }
    Object username = model.getAttribute("lockedUsername");
    return signInView(username instanceof String typed ? typed : "", errors, signedOut != null, model);
  }

  @PostMapping(SIGN_IN)
  @PublicAccess
  String checkPassword(
      @RequestParam(name = "username", required = false) String username,
      @RequestParam(name = "password", required = false) String password,
      HttpServletRequest request,
      Model model) {
    String typed = username == null ? "" : username.strip();
    typed = typed.substring(0, Math.min(typed.length(), 200));
    Map<String, String> errors = new LinkedHashMap<>();
    if (typed.isEmpty()) {
      errors.put("username", "Enter your username");
    }
    if (password == null || password.isEmpty()) {
      errors.put("password", "Enter your password");
    }
    if (errors.isEmpty()) {
      Attempt<PasswordChecked> attempt = signIn.checkPassword(typed, password);
      if (attempt.passed() && attempt.value().providerOnly()) {
        errors.put("username", "Your council has its staff sign in with their council account. Use the button for your council below");
        return signInView(typed, errors, false, model);
      }
      if (attempt.passed()) {
        request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        request.changeSessionId();
        PasswordChecked who = attempt.value();
        request
            .getSession()
            .setAttribute(
                PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(who.username(), who.enrolled(), clock.instant(), null));
        return "redirect:" + (who.enrolled() ? CODE : SET_UP);
      }
      errors.put("username", attempt.locked() ? lockedMessage(attempt.lockedUntil()) : WRONG_PASSWORD);
    }
    return signInView(typed, errors, false, model);
  }

  @GetMapping(CODE)
  @PublicAccess
  String codePage(HttpSession session, Model model) {
    return pending(session, true)
        .map(pending -> codeView(pending, "", null, model))
        .orElse("redirect:" + SIGN_IN);
  }

  @PostMapping(CODE)
  @PublicAccess
  String checkCode(
      @RequestParam(name = "code", required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    Optional<PendingSignIn> found = pending(request.getSession(), true);
    if (found.isEmpty()) {
      return "redirect:" + SIGN_IN;
    }
    PendingSignIn pending = found.get();
    return secondStep(
        code,
        typed -> signIn.checkCode(pending.username(), typed),
        (typed, error) -> codeView(pending, typed, error, model),
        pending,
        request,
        response,
        redirect);
  }

  @GetMapping(SET_UP)
  @PublicAccess
  String setUpPage(HttpSession session, Model model) {
    return pending(session, false)
        .map(pending -> setUpView(withNewSecret(pending, session), "", null, model))
        .orElse("redirect:" + SIGN_IN);
  }

  @PostMapping(SET_UP)
  @PublicAccess
  String confirmSetUp(
      @RequestParam(name = "code", required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    HttpSession session = request.getSession();
    Optional<PendingSignIn> found = pending(session, false);
    if (found.isEmpty()) {
      return "redirect:" + SIGN_IN;
    }
    PendingSignIn pending = withNewSecret(found.get(), session);
    return secondStep(
        code,
        typed -> signIn.enrol(pending.username(), pending.sealedNewSecret(), typed),
        (typed, error) -> setUpView(pending, typed, error, model),
        pending,
        request,
        response,
        redirect);
  }

  @GetMapping("/staff")
  @PreAuthorize("isAuthenticated()")
  String home(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute(
        "work",
        work.stream()
            .flatMap(w -> w.of(me).stream())
            .sorted(java.util.Comparator.comparingInt(StaffWork.Section::order))
            .toList());
    return "staff/home";
  }

  /**
   * A code typed at the second step: checked for form, then against the app (counted towards the
   * lock-out); signed in if right, sent back to the password if now locked, else shown the error.
   */
  private String secondStep(
      String code,
      Function<String, Attempt<StaffUser>> check,
      BiFunction<String, String, String> view,
      PendingSignIn pending,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String typed = code == null ? "" : code.replaceAll("[\\s-]", "");
    typed = typed.substring(0, Math.min(typed.length(), 20));
    if (typed.isEmpty()) {
      return view.apply(typed, "Enter the 6-digit code from your authenticator app");
    }
    if (!typed.matches("[0-9]{6}")) {
      return view.apply(typed, "The code must be 6 digits, like 123456");
    }
    Attempt<StaffUser> attempt = check.apply(typed);
    if (attempt.passed()) {
      return signedIn(attempt.value(), request, response);
    }
    if (attempt.locked()) {
      return locked(pending, attempt.lockedUntil(), request.getSession(), redirect);
    }
    return view.apply(typed, WRONG_CODE);
  }

  /** The pending sign-in of the right kind (app set up or not) and still in time. */
  private Optional<PendingSignIn> pending(HttpSession session, boolean enrolled) {
    return Optional.ofNullable(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE))
        .filter(PendingSignIn.class::isInstance)
        .map(PendingSignIn.class::cast)
        .filter(pending -> pending.enrolled() == enrolled && !pending.expired(clock.instant()));
  }

  private PendingSignIn withNewSecret(PendingSignIn pending, HttpSession session) {
    if (pending.sealedNewSecret() != null) {
      return pending;
    }
    PendingSignIn withSecret = pending.withNewSecret(signIn.newSealedSecret(pending.username()));
    session.setAttribute(PendingSignIn.SESSION_ATTRIBUTE, withSecret);
    return withSecret;
  }

  private String signedIn(StaffUser user, HttpServletRequest request, HttpServletResponse response) {
    request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/staff";
  }

  private String locked(PendingSignIn pending, Instant until, HttpSession session, RedirectAttributes redirect) {
    session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
    redirect.addFlashAttribute("lockedUntil", until);
    redirect.addFlashAttribute("lockedUsername", pending.username());
    return "redirect:" + SIGN_IN;
  }

  private String lockedMessage(Instant until) {
    return "There have been too many tries to sign in with this username. Try again after "
        + new WhenText(clock.instant()).at(until);
  }

  private String signInView(String username, Map<String, String> errors, boolean signedOut, Model model) {
    model.addAttribute("username", username);
    model.addAttribute("errors", errors);
    model.addAttribute("signedOut", signedOut);
    model.addAttribute("providers", providers.councils());
    return "staff/sign-in";
  }

  private String codeView(PendingSignIn pending, String typed, String error, Model model) {
    model.addAttribute("code", typed);
    model.addAttribute("error", error);
    model.addAttribute("demoCode", signIn.demoCode(pending.username()).orElse(null));
    return "staff/code";
  }

  private String setUpView(PendingSignIn pending, String typed, String error, Model model) {
    byte[] secret = pending.sealedNewSecret();
    String username = pending.username();
    model.addAttribute("code", typed);
    model.addAttribute("error", error);
    model.addAttribute("username", username);
    model.addAttribute("keyText", signIn.keyText(username, secret));
    model.addAttribute(
        "qrCode",
        QrCodeSvg.of(
            signIn.keyUri(username, secret),
            "QR code to add " + StaffSignIn.ISSUER + " to your authenticator app for " + username));
    model.addAttribute("demoCode", signIn.demoCode(username, secret).orElse(null));
    return "staff/set-up";
  }
}
