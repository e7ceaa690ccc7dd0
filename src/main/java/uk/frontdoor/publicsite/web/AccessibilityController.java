package uk.frontdoor.publicsite.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.frontdoor.platform.PublicAccess;

/** The accessibility statement. */
@Controller
@PublicAccess
class AccessibilityController {

  @GetMapping("/accessibility")
  String accessibility() {
    return "publicsite/accessibility";
  }
}
