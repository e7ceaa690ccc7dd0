package uk.frontdoor.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Puts the security headers on every response the servlet container sends, before anything else
 * sees the request: so also on the container's own error pages (a malformed request, an encoded
 * slash in the path), which no filter chain serves. Spring Security writes the same values again
 * for the requests it handles.
 */
class SecurityHeadersValve extends ValveBase {

  private final Map<String, String> headers;

  SecurityHeadersValve(Map<String, String> headers) {
    super(true);
    this.headers = Map.copyOf(headers);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    headers.forEach(response::setHeader);
    getNext().invoke(request, response);
  }
}
