package uk.frontdoor.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in a small Spring context
 * of its own, on Tomcat at a random port of {@code localhost} (its issuer), with one registered
 * client that must use PKCE and a client secret, and users whose ID tokens carry their
 * {@code preferred_username}, {@code email} and {@code groups}. Users sign in on its own login
 * form. Nothing of the application's context is in it.
 */
public final class IdentityProvider implements AutoCloseable {

  public static final String CLIENT_ID = "front-door";
  public static final String CLIENT_SECRET = "a-client-secret-" + UUID.randomUUID();
  public static final String PASSWORD = "provider-password";

  private final ConfigurableApplicationContext context;

  private IdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts a provider that sends users back only to the given addresses, whose users are the keys
   * of {@code groups}, each in the groups given.
   */
  public static IdentityProvider start(List<String> redirectUris, Map<String, List<String>> groups) {
    return start(0, CLIENT_SECRET, redirectUris, groups);
  }

  /** A provider on the given port (0: any free one) whose client has the given secret. */
  static IdentityProvider start(int port, String clientSecret, List<String> redirectUris, Map<String, List<String>> groups) {
    SpringApplication application = new SpringApplication(Provider.class);
    // Nothing from the application's settings, listeners or logging set-up: only the beans below.
    application.setListeners(List.of());
    application.setWebApplicationType(WebApplicationType.SERVLET);
    application.setBannerMode(Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    application.addInitializers(
        context -> context.getBeanFactory().registerSingleton("setting", new Setting(port, clientSecret, redirectUris, groups)));
    return new IdentityProvider(application.run());
  }

  /** Its port and client secret, where users may be sent back to, and who the users are with their groups. */
  record Setting(int port, String clientSecret, List<String> redirectUris, Map<String, List<String>> groups) {}

  /** Its issuer, as its ID tokens and discovery document name it. */
  public String issuer() {
    return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }

  /** Spring Authorization Server with OpenID Connect, and a login form for its users. */
  @EnableWebSecurity
  static class Provider {

    @Bean
    TomcatServletWebServerFactory webServer(Setting setting) {
      TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(setting.port());
      // Its filters answer every request, but Tomcat runs them only on the way to a servlet.
      tomcat.setRegisterDefaultServlet(true);
      return tomcat;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, s -> s.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
          .exceptionHandling(
              errors ->
                  errors.defaultAuthenticationEntryPointFor(
                      new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain users(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService userDetails(Setting setting) {
      return new InMemoryUserDetailsManager(
          setting.groups().keySet().stream()
              .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
              .toList());
    }

    @Bean
    RegisteredClientRepository clients(Setting setting) {
      RegisteredClient.Builder client =
          RegisteredClient.withId(UUID.randomUUID().toString())
              .clientId(CLIENT_ID)
              .clientSecret("{noop}" + setting.clientSecret())
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.PROFILE)
              .scope(OidcScopes.EMAIL)
              .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
      setting.redirectUris().forEach(client::redirectUri);
      return new InMemoryRegisteredClientRepository(client.build());
    }

    /** Each user's username, email address and groups in their ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groupsInIdToken(Setting setting) {
      return token -> {
        if ("id_token".equals(token.getTokenType().getValue())) {
          String name = token.getPrincipal().getName();
          token.getClaims()
              .claim("preferred_username", name)
              .claim("email", name)
              .claim("groups", setting.groups().getOrDefault(name, List.of()));
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      RSAKey key =
          new RSAKey.Builder((RSAPublicKey) pair.getPublic())
              .privateKey((RSAPrivateKey) pair.getPrivate())
              .keyID(UUID.randomUUID().toString())
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
      return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
