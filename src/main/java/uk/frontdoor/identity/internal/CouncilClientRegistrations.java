package uk.frontdoor.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.identity.internal.SingleSignOnProviders.Provider;

/**
 * Front Door's registration with each council's identity provider, by the council's slug (the
 * registration id), built from the council's row as it is now (so every node uses a change at
 * once) and the provider's endpoints and keys found by OpenID Connect discovery from its issuer.
 * What discovery finds is kept for an hour an issuer; the secret is opened for each sign-in.
 * Authorisation asks for PKCE as well as the client secret; Spring Security adds state and nonce.
 */
@Component
public class CouncilClientRegistrations implements ClientRegistrationRepository {

  /** Where a provider sends staff back to, for Front Door to finish the sign-in. */
  public static final String RETURN = StaffSecurity.SIGN_IN + "/sso/{registrationId}/return";

  private final Authorities authorities;
  private final SingleSignOnProviders providers;
  private final String baseUrl;
  private final Cache<String, ClientRegistration> discovered =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofHours(1)).build();

  CouncilClientRegistrations(
      Authorities authorities,
      SingleSignOnProviders providers,
      @Value("${frontdoor.identity.single-sign-on.base-url:}") String baseUrl) {
    this.authorities = authorities;
    this.providers = providers;
    this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
  }

  /**
   * Front Door's address as providers send staff back to it: the setting where a proxy in front
   * changes it, else as each request reached Front Door; empty for the latter.
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The council's registration, or null if it has no provider.
   *
   * @throws RuntimeException if the provider's OpenID configuration cannot be read
   */
  @Override
  public ClientRegistration findByRegistrationId(String slug) {
    Optional<Authority> council = authorities.findBySlug(slug);
    if (council.isEmpty()) {
      return null;
    }
    UUID authorityId = council.get().id().value();
    Optional<Provider> provider = providers.of(authorityId);
    if (provider.isEmpty()) {
      return null;
    }
    ClientRegistration endpoints = discover(provider.get().issuerUri());
    return ClientRegistration.withClientRegistration(endpoints)
        .registrationId(slug)
        .clientId(provider.get().clientId())
        .clientSecret(providers.clientSecret(authorityId).orElseThrow())
        .clientName(council.get().name())
        .redirectUri((baseUrl.isEmpty() ? "{baseUrl}" : baseUrl) + RETURN)
        .scope("openid", "profile", "email")
        .userNameAttributeName("sub")
        .clientSettings(ClientSettings.builder().requireProofKey(true).build())
        .build();
  }

  /**
   * The provider's endpoints, read from its OpenID configuration (kept an hour).
   *
   * @throws RuntimeException if it cannot be read, or is not an OpenID provider's
   */
  public ClientRegistration discover(String issuerUri) {
    return discovered.get(
        issuerUri,
        issuer -> ClientRegistrations.fromOidcIssuerLocation(issuer).registrationId("discovered").clientId("discovered").build());
  }
}
