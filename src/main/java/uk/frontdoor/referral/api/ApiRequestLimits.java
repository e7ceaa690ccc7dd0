package uk.frontdoor.referral.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a partner system may send before anything else looks at it: a body in JSON
 * ({@code application/json} or another {@code +json} type), of at most {@link #MAX_BODY_BYTES}.
 * A larger body is answered 413 after reading no more than the limit, whether its length was
 * declared or it came in chunks; any other content type is answered 415. The body that passes is
 * handed on from memory.
 */
final class ApiRequestLimits extends OncePerRequestFilter {

  /** The most a referral's body may be: far more than the longest allowed referral needs. */
  static final int MAX_BODY_BYTES = 1_000_000;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (!json(request.getContentType())) {
      PartnerApiSecurity.problem(response, 415, "Unsupported media type",
          "Send the referral as JSON, with 'Content-Type: application/json'.");
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new BodyInMemory(request, body), response);
  }

  private static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    return "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    // The rest of the body is not read: the connection is closed after the answer.
    response.setHeader("Connection", "close");
    PartnerApiSecurity.problem(response, 413, "Request body too large",
        "A referral's body must be at most " + MAX_BODY_BYTES + " bytes.");
  }

  /** The request with its body already read. */
  private static final class BodyInMemory extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyInMemory(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already in memory");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }
}
