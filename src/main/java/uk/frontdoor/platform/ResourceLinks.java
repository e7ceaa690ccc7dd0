package uk.frontdoor.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Turns a page's links to packaged resources into the paths that serve them, once each, in place
 * of Spring's own {@link ResourceUrlEncodingFilter} (whose place this bean takes, so that Spring
 * Boot does not add that one too).
 *
 * <p>A link such as {@code @{/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css}} becomes
 * {@code /webjars/govuk-frontend/5.14.0/dist/...}: the version is found by the WebJars locator
 * when the link is first written and remembered, since packaged resources do not change while the
 * application runs. Spring's filter asks the resource chain about every link of every page: a
 * link to a page (say {@code /oxfordshire/report-a-concern}) is no resource, the chain caches only
 * what it finds, so each render searched every jar on the class path again for every page link;
 * that was most of a public page's processor time (bench/RESULTS.md, 2026-12-03). Here only links
 * under a resource handler of their own ({@code /webjars/**}, {@code /assets/**}) are resolved;
 * everything else is left as written. The catch-all static handler ({@code /**}: {@code /css/},
 * {@code /js/}) has no version strategy, so its links would come back unchanged anyway; were one
 * ever configured there, its prefixes would have to be listed here.
 */
@Component
class ResourceLinks extends ResourceUrlEncodingFilter {

  /** More distinct resource links than the templates hold means something else is at work. */
  static final int MAX_REMEMBERED = 1_000;

  private final ResourceUrlProvider resources;
  private final Map<String, String> resolved = new ConcurrentHashMap<>();
  private volatile List<String> prefixes;

  ResourceLinks(ResourceUrlProvider resources) {
    this.resources = resources;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
      chain.doFilter(request, new Linking(answer, http.getContextPath()));
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The resource path to write for a link, or the link itself if it is not a packaged resource. */
  String resolve(String contextPath, String url) {
    if (!url.startsWith(contextPath) || url.length() == contextPath.length()) {
      return url;
    }
    int end = endOfPath(url);
    String path = url.substring(contextPath.length(), end);
    if (!underResourceHandler(path)) {
      return url;
    }
    String found = resolved.get(path);
    if (found == null) {
      found = resources.getForLookupPath(path);
      if (found == null) {
        return url;
      }
      if (resolved.size() < MAX_REMEMBERED) {
        resolved.put(path, found);
      }
    }
    return contextPath + found + url.substring(end);
  }

  private boolean underResourceHandler(String path) {
    List<String> known = prefixes;
    if (known == null) {
      // The handlers are known once the context has started; no page is written before that.
      known =
          resources.getHandlerMap().keySet().stream()
              .filter(pattern -> pattern.endsWith("/**") && !pattern.equals("/**"))
              .map(pattern -> pattern.substring(0, pattern.length() - 2))
              .toList();
      if (!known.isEmpty()) {
        prefixes = known;
      }
    }
    for (String prefix : known) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static int endOfPath(String url) {
    int query = url.indexOf('?');
    int fragment = url.indexOf('#');
    int end = url.length();
    if (query >= 0) {
      end = query;
    }
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    return end;
  }

  private final class Linking extends HttpServletResponseWrapper {

    private final String contextPath;

    Linking(HttpServletResponse response, String contextPath) {
      super(response);
      this.contextPath = contextPath;
    }

    @Override
    public String encodeURL(String url) {
      return super.encodeURL(resolve(contextPath, url));
    }
  }
}
