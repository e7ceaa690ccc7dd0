package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.frontdoor.IntegrationTest;

/** Every handler says who may call it: public, or the roles that may. */
@IntegrationTest
class HandlerSecurityIT {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyHandlerDeclaresWhoMayCallIt() {
    List<String> undeclared =
        mappings.getHandlerMethods().values().stream()
            .filter(h -> h.getBeanType().getPackageName().startsWith("uk.frontdoor"))
            .filter(h -> !declaresAccess(h))
            .map(HandlerMethod::toString)
            .toList();
    assertThat(mappings.getHandlerMethods()).isNotEmpty();
    assertThat(undeclared).as("handlers with neither @PublicAccess nor a role").isEmpty();
  }

  private static boolean declaresAccess(HandlerMethod handler) {
    return has(handler, PublicAccess.class) || has(handler, PreAuthorize.class);
  }

  private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> type) {
    return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), type)
        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), type);
  }
}
