package uk.frontdoor.publicsite.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.Postcode;
import uk.frontdoor.platform.PublicAccess;

/** The front page: pick your council, or find it by postcode. */
@Controller
@PublicAccess
record FindCouncilController(Authorities authorities) {

  static final int POSTCODE_MAX_LENGTH = 16;

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("authorities", authorities.all());
    return "publicsite/home";
  }

  @GetMapping("/find-your-council")
  String find(@RequestParam(name = "postcode", required = false) String typed, Model model) {
    String postcode = typed == null ? "" : typed.strip();
    model.addAttribute("postcode", postcode);
    if (postcode.isEmpty()) {
      return homeWithError("Enter a postcode", model);
    }
    Optional<Postcode> parsed =
        postcode.length() > POSTCODE_MAX_LENGTH ? Optional.empty() : Postcode.parse(postcode);
    if (parsed.isEmpty()) {
      return homeWithError("Enter a real postcode, like OX1 1AA", model);
    }
    List<Authority> covering = authorities.covering(parsed.get());
    model.addAttribute("postcode", parsed.get().value());
    if (covering.size() == 1) {
      return "redirect:/" + covering.get(0).slug() + "/report-a-concern";
    }
    model.addAttribute("authorities", covering);
    return covering.isEmpty() ? "publicsite/council-not-found" : "publicsite/choose-council";
  }

  @GetMapping("/find-your-council/choose")
  String choose(
      @RequestParam(name = "postcode", required = false) String typed,
      @RequestParam(name = "council", required = false) String council,
      Model model) {
    Optional<Postcode> postcode = Postcode.parse(typed);
    if (postcode.isEmpty()) {
      return "redirect:/";
    }
    List<Authority> covering = authorities.covering(postcode.get());
    Optional<Authority> chosen =
        covering.stream().filter(a -> a.slug().equals(council)).findFirst();
    if (chosen.isPresent()) {
      return "redirect:/" + chosen.get().slug() + "/report-a-concern";
    }
    model.addAttribute("postcode", postcode.get().value());
    model.addAttribute("authorities", covering);
    model.addAttribute("error", "Select the council for the area where the child lives");
    return "publicsite/choose-council";
  }

  private String homeWithError(String message, Model model) {
    model.addAttribute("error", message);
    model.addAttribute("authorities", authorities.all());
    return "publicsite/home";
  }
}
