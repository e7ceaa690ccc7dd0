package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Links to packaged resources are resolved once; links to pages are never looked up at all. */
class ResourceLinksTest {

  /** What the resource chain was asked, handler by handler. */
  private final List<String> asked = new ArrayList<>();

  private ResourceHttpRequestHandler handler(String name, Map<String, String> answers) {
    ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
    handler.setResourceResolvers(
        List.of(
            new ResourceResolver() {
              @Override
              public Resource resolveResource(
                  HttpServletRequest request, String requestPath, List<? extends Resource> locations, ResourceResolverChain chain) {
                return null;
              }

              @Override
              public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
                asked.add(name + ":" + resourcePath);
                return answers.get(resourcePath);
              }
            }));
    return handler;
  }

  private ResourceLinks links() {
    Map<String, ResourceHttpRequestHandler> handlers = new LinkedHashMap<>();
    handlers.put(
        "/webjars/**",
        handler("webjars", Map.of("govuk-frontend/dist/govuk/govuk-frontend.min.css", "govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")));
    handlers.put("/**", handler("static", Map.of("css/frontdoor.css", "css/frontdoor.css")));
    ResourceUrlProvider provider = new ResourceUrlProvider();
    provider.setHandlerMap(handlers);
    return new ResourceLinks(provider);
  }

  @Test
  void aWebJarLinkGetsItsVersionOnceAndKeepsItsQueryAndFragment() {
    ResourceLinks links = links();
    String css = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css";
    assertThat(links.resolve("", css)).isEqualTo("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
    assertThat(links.resolve("", css + "?v=1#top"))
        .isEqualTo("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css?v=1#top");
    assertThat(links.resolve("/frontdoor", "/frontdoor" + css))
        .isEqualTo("/frontdoor/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
    assertThat(asked).containsExactly("webjars:govuk-frontend/dist/govuk/govuk-frontend.min.css");
  }

  @Test
  void linksToPagesAndToTheCatchAllHandlerAreLeftAsWrittenWithoutAsking() {
    ResourceLinks links = links();
    for (String link :
        List.of("/", "/oxfordshire/report-a-concern", "/staff/mash/contacts/ABCD-EFGH?page=2", "/css/frontdoor.css", "tel:999", "#main-content")) {
      assertThat(links.resolve("", link)).isEqualTo(link);
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void aWebJarLinkThatResolvesToNothingIsLeftAsWritten() {
    ResourceLinks links = links();
    assertThat(links.resolve("", "/webjars/nothing.js")).isEqualTo("/webjars/nothing.js");
    assertThat(links.resolve("", "/webjars/nothing.js")).isEqualTo("/webjars/nothing.js");
    // Not remembered: asked again each time (the templates hold no such link).
    assertThat(asked)
        .containsExactly("webjars:nothing.js", "static:webjars/nothing.js", "webjars:nothing.js", "static:webjars/nothing.js");
  }
}
