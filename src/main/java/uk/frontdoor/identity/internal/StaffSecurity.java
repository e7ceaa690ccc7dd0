package uk.frontdoor.identity.internal;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.SecurityHeaders;

/**
 * Staff pages under {@code /staff}: signed in with a username and password (bcrypt), each page
 * limited to the roles it declares.
 */
@Configuration(proxyBeanMethods = false)
public class StaffSecurity {

  /** The session attribute holding the username typed at a failed sign-in. */
  public static final String TYPED_USERNAME = "frontdoor.staff.typedUsername";

  @Bean
  @Order(3)
  SecurityFilterChain staffChain(HttpSecurity http, JdbcClient jdbc) throws Exception {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staffUsers(jdbc));
    provider.setPasswordEncoder(new BCryptPasswordEncoder());
    AuthenticationManager manager = new ProviderManager(provider);
    // Load the CSRF token before a page renders, not when its first form asks for it: a long page
    // (a contact's whole referral) may already have been flushed to the browser by then.
    XorCsrfTokenRequestAttributeHandler csrfTokens = new XorCsrfTokenRequestAttributeHandler();
    csrfTokens.setCsrfRequestAttributeName(null);
    http.securityMatcher("/staff", "/staff/**")
        .authenticationManager(manager)
        .authorizeHttpRequests(
            requests -> requests.requestMatchers("/staff/sign-in").permitAll().anyRequest().authenticated())
        .formLogin(
            form ->
                form.loginPage("/staff/sign-in")
                    .loginProcessingUrl("/staff/sign-in")
                    .defaultSuccessUrl("/staff", true)
                    .failureHandler(
                        (request, response, e) -> {
                          // Keep what was typed (never the password) to show it back.
                          String typed = request.getParameter("username");
                          request.getSession().setAttribute(
                              TYPED_USERNAME, typed == null ? "" : typed.substring(0, Math.min(typed.length(), 200)));
                          response.sendRedirect("/staff/sign-in?error");
                        }))
        .logout(logout -> logout.logoutUrl("/staff/sign-out").logoutSuccessUrl("/staff/sign-in?signedOut"))
        .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens))
        .headers(SecurityHeaders.strict())
        .httpBasic(basic -> basic.disable());
    return http.build();
  }

  private static UserDetailsService staffUsers(JdbcClient jdbc) {
    return username ->
        jdbc.sql(
                """
                SELECT id, authority_id, username, display_name, roles, enabled, password_hash
                FROM staff_user WHERE username = ?
                """)
            .param(username == null ? "" : username.strip().toLowerCase())
            .query(
                (rs, n) -> {
                  Array roles = rs.getArray("roles");
                  return new StaffUser(
                      rs.getObject("id", UUID.class),
                      rs.getObject("authority_id", UUID.class),
                      rs.getString("username"),
                      rs.getString("display_name"),
                      List.copyOf(Arrays.asList((String[]) roles.getArray())),
                      rs.getBoolean("enabled"),
                      rs.getString("password_hash"));
                })
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("No such staff user"));
  }
}
