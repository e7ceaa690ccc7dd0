package uk.frontdoor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.internal.SingleSignOnSignIn.Outcome;
import uk.frontdoor.identity.internal.SingleSignOnSignIn.Refusal;

/**
 * Signing in through a council's identity provider, as Spring Security's OAuth2 login does it (the
 * authorisation request with state, nonce and PKCE kept in the session; the code exchanged for
 * tokens; the ID token checked) at {@code /staff/sign-in/sso/<council>} and back at
 * {@code .../return}, ending as the password route ends: a session holding a {@link StaffUser}
 * (never the provider's user), its id changed. A refusal goes to a page that says why.
 */
@Component
record SingleSignOnLogin(CouncilClientRegistrations registrations, SingleSignOnSignIn signIn) {

  private static final Logger log = LoggerFactory.getLogger(SingleSignOnLogin.class);
  static final String START = StaffSecurity.SIGN_IN + "/sso";
  private static final Pattern RETURN = Pattern.compile("/staff/sign-in/sso/([a-z0-9-]{1,100})/return");
  private static final String REFUSED = "frontdoor_refused";
  private static final String NOT_STARTED = "authorization_request_not_found";

  private static final OidcUserService provider = new OidcUserService();
  private static final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
    login
        .loginPage(StaffSecurity.SIGN_IN)
        .clientRegistrationRepository(registrations)
        .authorizedClientRepository(new NothingKept())
        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new Resolver(registrations)))
        .redirectionEndpoint(endpoint -> endpoint.baseUri(START + "/*/return"))
        .userInfoEndpoint(endpoint -> endpoint.oidcUserService(this::staffMember))
        .successHandler(this::signedIn)
        .failureHandler(this::refused);
  }

  /** The provider's user, checked against the council's staff; refused if they may not come in. */
  private OidcUser staffMember(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    Outcome outcome = signIn.signIn(request.getClientRegistration().getRegistrationId(), user.getClaims());
    if (!outcome.signedIn()) {
      throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, outcome.refusal().name(), null));
    }
    return new StaffMember(user, outcome.staff());
  }

  /** The provider's user with the member of staff they are, until the session takes the member of staff alone. */
  private static final class StaffMember extends DefaultOidcUser {
    @Serial private static final long serialVersionUID = 1L;

    private final StaffUser staff;

    StaffMember(OidcUser user, StaffUser staff) {
      super(staff.getAuthorities(), user.getIdToken(), user.getUserInfo(), "sub");
      this.staff = staff;
    }
  }

  private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    StaffUser staff = ((StaffMember) authentication.getPrincipal()).staff;
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    response.sendRedirect(request.getContextPath() + "/staff");
  }

  private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    Matcher returned = RETURN.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!returned.matches()) {
      response.sendRedirect(request.getContextPath() + StaffSecurity.SIGN_IN);
      return;
    }
    String slug = returned.group(1);
    Refusal refusal = Refusal.FAILED;
    if (exception instanceof OAuth2AuthenticationException oauth && REFUSED.equals(oauth.getError().getErrorCode())) {
      refusal = Refusal.valueOf(oauth.getError().getDescription());
    } else {
      String reason = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : exception.getClass().getSimpleName();
      log.info("Staff sign-in through the provider of {} failed: {}", slug, reason);
      // A return with no sign-in started from this session is anyone's to send: logged, never written to a council's audit.
      if (!NOT_STARTED.equals(reason)) {
        signIn.failed(slug, reason);
      }
    }
    response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + START + "/{slug}/refused")
        .queryParam("reason", refusal.name())
        .buildAndExpand(slug)
        .encode()
        .toUriString());
  }

  /**
   * Spring Security's authorisation request for the council named in the address, or none (so that a page says single
   * sign-on is not available) if it has no provider or its provider cannot be reached: never a server error.
   */
  private static final class Resolver implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    Resolver(CouncilClientRegistrations registrations) {
      this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, START);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
      try {
        return resolver.resolve(request);
      } catch (RuntimeException e) {
        log.warn("Staff sign-in could not start at the council's provider: {}", e.getClass().getSimpleName());
        return null;
      }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
      try {
        return resolver.resolve(request, registrationId);
      } catch (RuntimeException e) {
        log.warn("Staff sign-in could not start at the council's provider: {}", e.getClass().getSimpleName());
        return null;
      }
    }
  }

  /** Front Door calls nothing at the provider after sign-in, so it keeps no tokens: none in memory, none in the session. */
  private static final class NothingKept implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
        String registrationId, Authentication principal, HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request, HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(
        String registrationId, Authentication principal, HttpServletRequest request, HttpServletResponse response) {}
  }
}
