package uk.frontdoor.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks who may call each handler, serves GOV.UK Frontend's fonts and images where its
 * stylesheet expects them, and puts the security headers on everything the servlet container
 * sends.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final ApplicationContext context;

  WebConfiguration(ApplicationContext context) {
    this.context = context;
  }

  /** Who may call each handler is checked before it runs (ADR 0023). */
  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerRoles(context));
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnEveryResponse(
      @Value("${frontdoor.security.hsts:}") String hsts) {
    return tomcat -> tomcat.addEngineValves(new SecurityHeadersValve(SecurityHeaders.everyResponse(hsts)));
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(
            "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/");
  }

  /** The API's description ({@code /api/openapi.yaml}) says it is YAML (RFC 9512). */
  @Bean
  WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> yamlIsYaml() {
    return factory -> {
      MimeMappings yaml = new MimeMappings();
      yaml.add("yaml", "application/yaml");
      yaml.add("yml", "application/yaml");
      factory.addMimeMappings(yaml);
    };
  }

  /**
   * {@code /error} is where the container shows an error page; asked for directly, there is no
   * error to show, so it is not found (rather than an error page saying 500).
   */
  @Bean
  FilterRegistrationBean<Filter> errorPageAskedForDirectly() {
    Filter notFound = (request, response, chain) -> ((HttpServletResponse) response).sendError(404);
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
    registration.addUrlPatterns("/error", "/error/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
