package uk.frontdoor.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The network address a request came from, for limits kept per address. The connection's own
 * address, unless the connection comes from one of the deployment's trusted proxies
 * ({@code frontdoor.http.trusted-proxies}, addresses or CIDR ranges, none by default): then the
 * proxy's {@code Forwarded} (RFC 7239) or {@code X-Forwarded-For} header is read from the right,
 * passing over trusted proxies, and the first address no trusted proxy stands for is the client.
 * A header from anyone else is ignored, since anyone can write one.
 */
@Component
public class ClientAddresses {

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final List<IpAddressMatcher> trusted;

  ClientAddresses(@Value("${frontdoor.http.trusted-proxies:}") List<String> trustedProxies) {
    List<IpAddressMatcher> matchers = new ArrayList<>();
    for (String proxy : trustedProxies) {
      if (!proxy.isBlank()) {
        matchers.add(new IpAddressMatcher(proxy.strip()));
      }
    }
    this.trusted = List.copyOf(matchers);
  }

  /** The client's address as this deployment can best tell it. */
  public String of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    if (!isTrusted(address)) {
      return address;
    }
    List<String> chain = forwardedFor(request);
    Collections.reverse(chain);
    for (String hop : chain) {
      if (!IP_LITERAL.matcher(hop).matches()) {
        // "unknown" or an obfuscated name: the proxy cannot say who it stands for.
        return address;
      }
      address = hop;
      if (!isTrusted(address)) {
        return address;
      }
    }
    return address;
  }

  private boolean isTrusted(String address) {
    if (address == null || !IP_LITERAL.matcher(address).matches()) {
      return false;
    }
    for (IpAddressMatcher proxy : trusted) {
      try {
        if (proxy.matches(address)) {
          return true;
        }
      } catch (IllegalArgumentException notAnAddress) {
        return false;
      }
    }
    return false;
  }

  /** The addresses the proxies name, client first, from Forwarded if sent, else X-Forwarded-For. */
  private static List<String> forwardedFor(HttpServletRequest request) {
    List<String> chain = new ArrayList<>();
    List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
    if (!forwarded.isEmpty()) {
      for (String header : forwarded) {
        for (String element : header.split(",")) {
          for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
              chain.add(node(pair.substring(equals + 1)));
            }
          }
        }
      }
      return chain;
    }
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          chain.add(node(hop));
        }
      }
    }
    return chain;
  }

  /** A node as RFC 7239 writes it: maybe quoted, an IPv6 address in brackets, maybe a port. */
  private static String node(String value) {
    String node = value.strip();
    if (node.length() >= 2 && node.startsWith("\"") && node.endsWith("\"")) {
      node = node.substring(1, node.length() - 1).strip();
    }
    if (node.startsWith("[")) {
      int close = node.indexOf(']');
      return close > 0 ? node.substring(1, close) : node;
    }
    int colon = node.indexOf(':');
    if (colon > 0 && colon == node.lastIndexOf(':')) {
      return node.substring(0, colon);
    }
    return node;
  }
}
