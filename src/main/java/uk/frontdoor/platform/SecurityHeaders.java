package uk.frontdoor.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every response carries, whichever filter chain serves it: a strict
 * Content-Security-Policy (no inline script or style), no framing, same-origin referrers.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
          + "base-uri 'self'; object-src 'none'";

  public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

  private SecurityHeaders() {}

  /**
   * The headers for every response, the servlet container's own included; with {@code hsts} (the
   * production profile sets it), Strict-Transport-Security too.
   */
  static Map<String, String> everyResponse(String hsts) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", ReferrerPolicy.SAME_ORIGIN.getPolicy());
    headers.put("Permissions-Policy", PERMISSIONS_POLICY);
    if (hsts != null && !hsts.isBlank()) {
      headers.put("Strict-Transport-Security", hsts.strip());
    }
    return headers;
  }

  public static Customizer<HeadersConfigurer<HttpSecurity>> strict() {
    return headers ->
        headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(
                permissions -> permissions.policy(PERMISSIONS_POLICY));
  }
}
