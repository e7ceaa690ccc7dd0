package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

/** Who may call a handler is checked before it runs, and a handler that says nothing is refused. */
class HandlerRolesTest {

  private final HandlerRoles roles = new HandlerRoles(new StaticApplicationContext());

  static final class Pages {
    @PreAuthorize("hasRole('MASH_MANAGER')")
    public String forManagers() {
      return "page";
    }

    @PublicAccess
    public String forAnyone() {
      return "page";
    }

    public String forgotten() {
      return "page";
    }
  }

  @PreAuthorize("hasRole('LADO')")
  static final class LadoPages {
    public String any() {
      return "page";
    }
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theDeclaredRoleIsCheckedBeforeTheHandlerRuns() throws Exception {
    signedInAs("MASH_MANAGER");
    assertThat(allowed(new Pages(), "forManagers")).isTrue();
    signedInAs("MASH_SOCIAL_WORKER");
    assertThatThrownBy(() -> allowed(new Pages(), "forManagers")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> allowed(new LadoPages(), "any")).isInstanceOf(AccessDeniedException.class);
    signedInAs("LADO");
    assertThat(allowed(new LadoPages(), "any")).isTrue();
  }

  @Test
  void publicHandlersAreOpenAndAHandlerThatSaysNothingIsRefused() throws Exception {
    assertThat(allowed(new Pages(), "forAnyone")).isTrue();
    signedInAs("MASH_MANAGER");
    assertThatThrownBy(() -> allowed(new Pages(), "forgotten"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("declares neither");
  }

  @Test
  void handlersOfTheFrameworkAreLeftToIt() throws Exception {
    assertThat(allowed(new StringBuilder(), "toString")).isTrue();
  }

  private boolean allowed(Object bean, String method) throws Exception {
    HandlerMethod handler = new HandlerMethod(bean, bean.getClass().getMethod(method));
    return roles.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler);
  }

  private static void signedInAs(String role) {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null, List.of(() -> "ROLE_" + role)));
  }
}
