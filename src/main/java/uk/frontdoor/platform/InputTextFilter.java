package uk.frontdoor.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (query string and form body) reaches the application through {@link
 * InputText#clean}: names and values. It runs before Spring Security, whose CSRF check reads a
 * parameter too (the token is plain ASCII, so cleaning never changes it).
 */
public final class InputTextFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new CleanParameters(request), response);
  }

  /** The request with its parameters cleaned, worked out once, when first asked for. */
  static final class CleanParameters extends HttpServletRequestWrapper {

    private Map<String, String[]> parameters;

    CleanParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      String[] values = getParameterMap().get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = getParameterMap().get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      if (parameters == null) {
        parameters = Collections.unmodifiableMap(cleaned(super.getParameterMap()));
      }
      return parameters;
    }

    private static Map<String, String[]> cleaned(Map<String, String[]> posted) {
      Map<String, String[]> cleaned = new LinkedHashMap<>();
      posted.forEach(
          (name, values) -> {
            String[] clean = values == null ? new String[0] : Arrays.stream(values).map(InputText::clean).toArray(String[]::new);
            // Two names that differ only in what cleaning removes become one, with both values.
            cleaned.merge(InputText.clean(name), clean, (a, b) -> concat(a, b));
          });
      return cleaned;
    }

    private static String[] concat(String[] a, String[] b) {
      String[] both = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, both, a.length, b.length);
      return both;
    }
  }
}
