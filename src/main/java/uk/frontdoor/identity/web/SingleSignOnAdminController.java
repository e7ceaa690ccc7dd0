package uk.frontdoor.identity.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.frontdoor.identity.StaffRole;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.internal.CouncilClientRegistrations;
import uk.frontdoor.identity.internal.SingleSignOnProviders;
import uk.frontdoor.identity.internal.SingleSignOnProviders.Provider;
import uk.frontdoor.identity.internal.SingleSignOnProviders.Settings;
import uk.frontdoor.platform.FieldErrors;

/**
 * A council administrator's single sign-on: their council's OpenID Connect identity provider (its
 * issuer, Front Door's client id and secret there, the claims that carry the username and the
 * groups), which of the provider's groups give which Front Door roles, and whether staff may still
 * sign in with a password and an app. The provider is checked by reading its OpenID configuration
 * before anything is saved. The secret is never shown again.
 */
@Controller
@RequestMapping("/staff/admin/single-sign-on")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record SingleSignOnAdminController(SingleSignOnProviders providers, CouncilClientRegistrations registrations) {

  private static final Logger log = LoggerFactory.getLogger(SingleSignOnAdminController.class);
  static final String PAGE = "/staff/admin/single-sign-on";
  private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_:./-]{1,100}");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;\\n]\\s*");

  /** The form as typed: the fields, and each role's groups as {@code groups-<ROLE>}. */
  record SsoForm(
      String issuerUri, String clientId, String usernameClaim, String groupsClaim, String passwordAllowed,
      Map<String, String> groups) {

    static SsoForm of(Optional<Provider> stored) {
      if (stored.isEmpty()) {
        return new SsoForm("", "", "preferred_username", "groups", "yes", Map.of());
      }
      Provider p = stored.get();
      Map<String, String> groups = new TreeMap<>();
      p.groupsByRole().forEach((role, names) -> groups.put(role, String.join(", ", names)));
      return new SsoForm(p.issuerUri(), p.clientId(), p.usernameClaim(), p.groupsClaim(), p.passwordAllowed() ? "yes" : "no", groups);
    }

    static SsoForm posted(Map<String, String> fields) {
      Map<String, String> groups = new TreeMap<>();
      for (StaffRole role : StaffRole.mappable()) {
        groups.put(role.name(), fields.getOrDefault("groups-" + role.name(), ""));
      }
      return new SsoForm(fields.get("issuerUri"), fields.get("clientId"), fields.get("usernameClaim"), fields.get("groupsClaim"),
          fields.get("passwordAllowed"), groups);
    }

    /** The settings to save, with errors recorded against the fields that are wrong. */
    Settings checked(String secret, boolean secretStored, FieldErrors errors) {
      String issuer = errors.required("issuerUri", "The issuer", issuerUri, 500, "Enter the issuer of your council’s identity provider");
      if (issuer != null && !errors.has("issuerUri") && !issuerLooksRight(issuer)) {
        errors.add("issuerUri", "Enter the issuer as a web address starting https://");
      }
      String client = oneLine(errors, "clientId", errors.required("clientId", "The client id", clientId, 200,
          "Enter the client id Front Door has at your provider"));
      String typedSecret = oneLine(errors, "clientSecret", errors.optional("clientSecret", "The client secret", secret, 500));
      if (typedSecret == null && !secretStored) {
        errors.add("clientSecret", "Enter the client secret Front Door has at your provider");
      }
      String username = claim(errors, "usernameClaim", usernameClaim, "Enter the claim that holds the member of staff’s username");
      String groupsIn = claim(errors, "groupsClaim", groupsClaim, "Enter the claim that holds the member of staff’s groups");
      if (!"yes".equals(passwordAllowed) && !"no".equals(passwordAllowed)) {
        errors.add("passwordAllowed", "Select whether staff may still sign in with a password and an authenticator app");
      }
      Map<String, Set<String>> rolesByGroup = new TreeMap<>();
      groups.forEach((role, typed) -> {
        for (String group : SEPARATORS.split(typed == null ? "" : typed.strip())) {
          if (group.length() > 200 || group.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("groups-" + role, "Each group must be 200 characters or fewer, on one line");
          } else if (!group.isEmpty()) {
            rolesByGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(role);
          }
        }
      });
      if (rolesByGroup.isEmpty()) {
        errors.add("groups-" + StaffRole.mappable().get(0).name(), "Enter at least one of your provider’s groups against a role");
      }
      return new Settings(issuer, client, typedSecret, username, groupsIn, "yes".equals(passwordAllowed), rolesByGroup);
    }

    private static boolean issuerLooksRight(String issuer) {
      try {
        URI uri = new URI(issuer);
        String host = uri.getHost();
        boolean local = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        return host != null && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null
            && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local));
      } catch (URISyntaxException e) {
        return false;
      }
    }

    private static String claim(FieldErrors errors, String field, String typed, String whenMissing) {
      String claim = errors.required(field, "The claim", typed, 100, whenMissing);
      if (claim != null && !errors.has(field) && !CLAIM.matcher(claim).matches()) {
        errors.add(field, "Enter the claim’s name as your provider spells it, like groups");
      }
      return claim;
    }

    private static String oneLine(FieldErrors errors, String field, String value) {
      if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
        errors.add(field, "Enter it on one line, without special characters");
      }
      return value;
    }
  }

  @GetMapping
  String page(@AuthenticationPrincipal StaffUser me, Model model) {
    Optional<Provider> stored = providers.of(me.authorityId());
    return page(stored, SsoForm.of(stored), new LinkedHashMap<>(), model);
  }

  @PostMapping
  String save(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam Map<String, String> fields,
      RedirectAttributes flash,
      Model model) {
    Optional<Provider> stored = providers.of(me.authorityId());
    SsoForm form = SsoForm.posted(fields);
    FieldErrors errors = new FieldErrors();
    Settings settings = form.checked(fields.get("clientSecret"), stored.isPresent(), errors);
    if (errors.isEmpty() && !readsAsProvider(settings.issuerUri())) {
      errors.add("issuerUri", "Front Door could not read an OpenID Connect configuration from this issuer. Check the address, and that "
          + "Front Door’s server can reach it");
    }
    if (!errors.isEmpty()) {
      return page(stored, form, errors.ordered(), model);
    }
    providers.save(me, settings);
    flash.addFlashAttribute("done", "Single sign-on is saved. Your staff can sign in with your council account now.");
    return "redirect:" + PAGE;
  }

  @PostMapping("/remove")
  String remove(@AuthenticationPrincipal StaffUser me, RedirectAttributes flash) {
    if (providers.remove(me)) {
      flash.addFlashAttribute("done", "Single sign-on is stopped. Your staff sign in with a password and an authenticator app.");
    }
    return "redirect:" + PAGE;
  }

  private boolean readsAsProvider(String issuer) {
    try {
      registrations.discover(issuer);
      return true;
    } catch (RuntimeException e) {
      log.info("The OpenID configuration of the issuer {} could not be read: {}", issuer.replaceAll("[^\\p{Graph}]", "_"), e.toString());
      return false;
    }
  }

  private String page(Optional<Provider> stored, SsoForm form, Map<String, String> errors, Model model) {
    model.addAttribute("stored", stored.orElse(null));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", StaffRole.mappable());
    Map<String, String> passwordOptions = new LinkedHashMap<>();
    passwordOptions.put("yes", "Yes, staff may sign in either way");
    passwordOptions.put("no", "No, only council administrators may (so that a fault at the provider cannot lock everyone out)");
    model.addAttribute("passwordOptions", passwordOptions);
    String base = registrations.baseUrl().isEmpty()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        : registrations.baseUrl();
    model.addAttribute("redirectBase", base + "/staff/sign-in/sso/");
    return "staff/single-sign-on";
  }
}
