package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.frontdoor.IntegrationTest;

/**
 * Every handler says who may call it, and what it says fits where it is: a staff page names staff
 * roles of its own area and is never public (but for signing in), the partner API takes only
 * partner systems, a professional's pages only professionals, and no rule lets everyone in by
 * another name ({@code permitAll}, {@code true}).
 */
@IntegrationTest
class HandlerSecurityIT {

  /** Where a handler is, the roles that may be named there; the first pattern that fits applies. */
  static final Map<String, Set<String>> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("/staff/admin/single-sign-on/**", Set.of("COUNCIL_ADMINISTRATOR"));
    AREAS.put("/staff/admin/**", Set.of("COUNCIL_ADMINISTRATOR"));
    AREAS.put("/staff/council/**", Set.of("COUNCIL_ADMINISTRATOR"));
    AREAS.put("/staff/council", Set.of("COUNCIL_ADMINISTRATOR"));
    AREAS.put("/staff/operator/**", Set.of("DEPLOYMENT_OPERATOR"));
    AREAS.put("/staff/mash/**", Set.of("MASH_SOCIAL_WORKER", "MASH_MANAGER"));
    AREAS.put("/staff/edt/**", Set.of("EDT_WORKER"));
    AREAS.put("/staff/lado/**", Set.of("LADO", "DEPUTY_LADO"));
    AREAS.put("/staff/requests/**", Set.of("PARTNER_PRACTITIONER"));
    AREAS.put("/staff/protection/**", Set.of("PARTNER_PRACTITIONER"));
    AREAS.put("/staff/phone-contacts/**", Set.of("CALL_HANDLER", "EDT_WORKER"));
    AREAS.put("/staff/casework/cp-is*", Set.of("TEAM_MANAGER"));
    // Strategy discussions and section 47 enquiries: recorded by social workers and team managers, read by Family Help too.
    AREAS.put("/staff/casework/episodes/{id}/strategy-discussions/**", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "FAMILY_HELP"));
    AREAS.put("/staff/casework/episodes/{id}/enquiries/**", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "FAMILY_HELP"));
    // A conference chair opens the conferences list, and the pages of children at a conference.
    AREAS.put("/staff/casework/conferences", Set.of("TEAM_MANAGER", "CONFERENCE_CHAIR"));
    AREAS.put("/staff/casework/episodes/{id}/conferences/**", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "FAMILY_HELP", "CONFERENCE_CHAIR"));
    // Emergency protection orders and police protection: recorded by social workers and team managers alone.
    AREAS.put("/staff/casework/episodes/{id}/emergency-protection/**", Set.of("TEAM_MANAGER", "SOCIAL_WORKER"));
    AREAS.put("/staff/casework/episodes/{id}/protection-plans/**", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "FAMILY_HELP", "CONFERENCE_CHAIR"));
    AREAS.put("/staff/casework/episodes/{id}", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "FAMILY_HELP", "CONFERENCE_CHAIR"));
    AREAS.put("/staff/casework/episodes/{id}/census", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "PERFORMANCE_OFFICER"));
    AREAS.put("/staff/casework/**", Set.of("TEAM_MANAGER", "SOCIAL_WORKER", "FAMILY_HELP"));
    // The dashboards: for performance officers and the managers whose work they measure.
    AREAS.put("/staff/returns/dashboard", Set.of("PERFORMANCE_OFFICER", "TEAM_MANAGER", "MASH_MANAGER"));
    AREAS.put("/staff/returns/**", Set.of("PERFORMANCE_OFFICER"));
    AREAS.put("/staff/**", Set.of());
    AREAS.put("/staff", Set.of());
    AREAS.put("/api/v1/{slug}/referrals/**", Set.of("PARTNER_SYSTEM"));
    AREAS.put("/{slug}/professional/**", Set.of("PROFESSIONAL"));
    AREAS.put("/{slug}/professional", Set.of("PROFESSIONAL"));
  }

  /** The only handlers inside those areas that anyone may call: the ways of signing in, and an invitation's link to set a password. */
  static final List<String> SIGNING_IN =
      List.of("/staff/sign-in/**", "/staff/sign-in", "/staff/invitation/**", "/{slug}/professional/sign-in/**", "/{slug}/professional/sign-in");

  /**
   * The staff home page is for anyone signed in as staff, whatever their roles: it shows each
   * their own work.
   */
  static final String STAFF_HOME = "/staff";

  static final Pattern RULE = Pattern.compile("(hasRole|hasAnyRole)\\((.*)\\)|isAuthenticated\\(\\)");
  static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final AntPathMatcher paths = new AntPathMatcher();

  @Test
  void everyHandlerDeclaresWhoMayCallIt() {
    List<String> undeclared =
        ours().entrySet().stream()
            .filter(h -> !has(h.getValue(), PublicAccess.class) && rule(h.getValue()) == null)
            .map(h -> h.getValue().toString())
            .toList();
    assertThat(ours()).hasSizeGreaterThan(40);
    assertThat(undeclared).as("handlers with neither @PublicAccess nor a role").isEmpty();
  }

  @Test
  void whatEachHandlerDeclaresFitsWhereItIs() {
    List<String> wrong = new ArrayList<>();
    ours().forEach((info, handler) -> {
      for (String path : info.getPatternValues()) {
        wrong.addAll(problems(path, handler));
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void theRulesThemselvesAreCheckedNotJustTheirPresence() {
    assertThat(problemsOf("/staff/mash/contacts/{reference}", "permitAll()", false)).isNotEmpty();
    assertThat(problemsOf("/staff/mash/contacts/{reference}", null, true)).isNotEmpty();
    assertThat(problemsOf("/staff/mash", "hasRole('LADO')", false)).isNotEmpty();
    assertThat(problemsOf("/staff/admin/api-keys", "hasAnyRole('COUNCIL_ADMINISTRATOR', 'MASH_MANAGER')", false))
        .isNotEmpty();
    assertThat(problemsOf("/staff/lado", "isAuthenticated()", false)).isNotEmpty();
    assertThat(problemsOf("/api/v1/{slug}/referrals", "true", false)).isNotEmpty();
    assertThat(problemsOf("/staff/mash", "hasAnyRole('MASH_SOCIAL_WORKER', 'MASH_MANAGER')", false)).isEmpty();
    assertThat(problemsOf("/staff/sign-in/code", null, true)).isEmpty();
    assertThat(problemsOf("/staff/sign-in/sso/{slug}/refused", null, true)).isEmpty();
    assertThat(problemsOf("/staff/admin/single-sign-on", "hasRole('MASH_MANAGER')", false)).isNotEmpty();
    assertThat(problemsOf("/staff/admin/single-sign-on", null, true)).isNotEmpty();
    assertThat(problemsOf("/staff/invitation/{token}", null, true)).isEmpty();
    assertThat(problemsOf("/staff/operator/councils/new", "hasRole('COUNCIL_ADMINISTRATOR')", false)).isNotEmpty();
    assertThat(problemsOf("/staff/operator/councils/new", "hasRole('DEPLOYMENT_OPERATOR')", false)).isEmpty();
    assertThat(problemsOf("/{slug}/report-online/check", null, true)).isEmpty();
  }

  private Map<RequestMappingInfo, HandlerMethod> ours() {
    Map<RequestMappingInfo, HandlerMethod> ours = new LinkedHashMap<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      if (handler.getBeanType().getPackageName().startsWith("uk.frontdoor")) {
        ours.put(info, handler);
      }
    });
    return ours;
  }

  private List<String> problems(String path, HandlerMethod handler) {
    return problemsOf(path, rule(handler), has(handler, PublicAccess.class)).stream()
        .map(problem -> handler + " at " + path + ": " + problem)
        .toList();
  }

  List<String> problemsOf(String path, String rule, boolean publicAccess) {
    String area = AREAS.keySet().stream().filter(p -> paths.match(p, path)).findFirst().orElse(null);
    boolean signingIn = SIGNING_IN.stream().anyMatch(p -> paths.match(p, path));
    List<String> problems = new ArrayList<>();
    if (publicAccess && rule != null) {
      problems.add("both public and " + rule);
    }
    if (area == null || signingIn) {
      if (!publicAccess && rule == null) {
        problems.add("declares nothing");
      }
      return problems;
    }
    if (publicAccess) {
      problems.add("public, inside " + area);
      return problems;
    }
    if (rule == null) {
      problems.add("declares no roles");
      return problems;
    }
    Matcher matcher = RULE.matcher(rule.strip());
    if (!matcher.matches()) {
      problems.add("a rule that is not one role check: " + rule);
      return problems;
    }
    if (matcher.group(1) == null) {
      if (!path.equals(STAFF_HOME)) {
        problems.add("any signed-in person may call it: " + rule);
      }
      return problems;
    }
    Matcher roles = ROLE.matcher(matcher.group(2));
    List<String> named = new ArrayList<>();
    while (roles.find()) {
      named.add(roles.group(1));
    }
    if (named.isEmpty()) {
      problems.add("names no role: " + rule);
    }
    for (String role : named) {
      if (!AREAS.get(area).contains(role)) {
        problems.add(role + " is not a role of " + area);
      }
    }
    return problems;
  }

  private static String rule(HandlerMethod handler) {
    PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    PreAuthorize rule = onMethod != null ? onMethod : onType;
    return rule == null ? null : rule.value();
  }

  private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> type) {
    return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), type)
        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), type);
  }
}
