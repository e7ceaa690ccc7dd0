package uk.frontdoor.publicsite.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.PublicAccess;

/**
 * Each council's own colour for the page header, from its configuration, as a stylesheet: the
 * Content-Security-Policy allows no inline style, and one small file serves every page, public and
 * staff. A council's colour is always readable under white text ({@link Authority#colour()}).
 */
@Controller
@PublicAccess
record CouncilColoursController(Authorities authorities) {

  @GetMapping(value = "/council-colours.css", produces = "text/css")
  ResponseEntity<String> colours() {
    StringBuilder css = new StringBuilder("/* Each council's header colour, from its configuration. */\n");
    css.append(rule("fd-header", Authority.PLAIN_COLOUR));
    for (Authority authority : authorities.all()) {
      if (!authority.slug().matches("[a-z0-9-]+")) {
        continue;
      }
      css.append(rule("fd-header--" + authority.slug(), authority.colour()));
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
        .body(css.toString());
  }

  private static String rule(String className, String colour) {
    return ".govuk-template ." + className + " { background: " + colour + "; }\n"
        + ".govuk-template ." + className.replace("header", "footer") + " { border-top-color: " + colour + "; }\n";
  }
}
