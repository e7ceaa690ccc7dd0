package uk.frontdoor.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's fonts and images where its stylesheet expects them, and puts the
 * security headers on everything the servlet container sends.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

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
}
