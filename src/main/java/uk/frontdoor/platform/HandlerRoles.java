package uk.frontdoor.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import java.lang.annotation.Annotation;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks who may call a handler before it runs: the rule its {@code @PreAuthorize} declares,
 * evaluated by Spring Security's own {@link PreAuthorizeAuthorizationManager}, or
 * {@link PublicAccess}. One of our handlers that declares neither is refused, so a handler added
 * without a rule fails closed. The check is made here, once a request, rather than by method
 * security's proxies, so that a controller needs no proxy and can be a record (ADR 0023).
 */
final class HandlerRoles implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

  HandlerRoles(ApplicationContext context) {
    DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    expressions.setApplicationContext(context);
    rules.setExpressionHandler(expressions);
    rules.setApplicationContext(context);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("uk.frontdoor")) {
      return true;
    }
    if (declares(method, PreAuthorize.class)) {
      rules.verify(
          () -> SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(),
          new SimpleMethodInvocation(method.getBean(), method.getMethod()));
      return true;
    }
    if (declares(method, PublicAccess.class)) {
      return true;
    }
    throw new AccessDeniedException("The handler declares neither the roles that may call it nor public access");
  }

  private static boolean declares(HandlerMethod method, Class<? extends Annotation> annotation) {
    return AnnotatedElementUtils.hasAnnotation(method.getMethod(), annotation)
        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
  }
}
