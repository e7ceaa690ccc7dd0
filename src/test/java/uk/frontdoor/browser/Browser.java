package uk.frontdoor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, with axe-core checking every page against WCAG 2.2 AA.
 * Screenshots of every checked page go to {@code target/screenshots} for people to look at.
 */
final class Browser implements AutoCloseable {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  Browser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage")));
  }

  /** The widths every journey is walked at: a desktop and a small phone. */
  static final List<Integer> WIDTHS = List.of(1280, 375);

  Page newPage(boolean javaScript) {
    return newPage(javaScript, 1280);
  }

  /**
   * A page in a window this many CSS pixels wide. It remembers every address it asks for, so a test
   * can check, say, that no GDS Transport font file is ever downloaded ({@link #requested}).
   */
  Page newPage(boolean javaScript, int width) {
    Page page =
        chromium
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(javaScript)
                    .setViewportSize(width, width < 600 ? 812 : 720))
            .newPage();
    List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onRequest(request -> requested.add(request.url()));
    REQUESTED.put(page, requested);
    return page;
  }

  private static final Map<Page, List<String>> REQUESTED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Every address this page has asked for since it was made. */
  static List<String> requested(Page page) {
    return List.copyOf(REQUESTED.getOrDefault(page, List.of()));
  }

  /**
   * The council's brand, not GOV.UK's: the header names the council, and no text is set in GDS
   * Transport, whose files are never downloaded.
   */
  static void assertCouncilBranded(Page page, String councilName) {
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".govuk-header__link--homepage"))
        .hasText(councilName);
    String font = (String) page.evaluate("getComputedStyle(document.querySelector('h1') || document.body).fontFamily");
    assertThat(font).doesNotContain("GDS Transport").contains("system-ui");
    assertThat(requested(page)).noneMatch(url -> url.contains("/assets/fonts/") || url.endsWith(".woff2") || url.endsWith(".woff"));
    assertThat(page.locator(".govuk-header__logotype").count()).as("no crown").isZero();
  }

  /** Fails with the rules broken and where, if axe finds any WCAG 2.2 AA violation. */
  static void assertAccessible(Page page, String name) {
    screenshot(page, name);
    // Reflow (WCAG 1.4.10): nothing makes the page scroll sideways, at the width it is shown at
    // and at 320 px, the width of 1280 px zoomed to 400%.
    assertNoSidewaysScrolling(page, name);
    com.microsoft.playwright.options.ViewportSize shown = page.viewportSize();
    if (shown != null && shown.width > NARROWEST) {
      page.setViewportSize(NARROWEST, shown.height);
      try {
        assertNoSidewaysScrolling(page, name + " at " + NARROWEST + " px");
      } finally {
        page.setViewportSize(shown.width, shown.height);
      }
    }
    AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
    List<Rule> violations =
        results.getViolations().stream().filter(v -> !conditionalRevealExpanded(v)).toList();
    assertThat(violations)
        .as(
            "axe violations on %s (%s): %s",
            name,
            page.url(),
            violations.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  /** The narrowest width every page must be read at without scrolling sideways (WCAG 1.4.10). */
  static final int NARROWEST = 320;

  private static void assertNoSidewaysScrolling(Page page, String name) {
    Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).as("sideways scrolling on %s (%s)", name, page.url()).isLessThanOrEqualTo(0);
  }

  /**
   * Checks the page at a phone's width, then puts the width back: axe, a screenshot, and nothing
   * wider than the screen, so nobody scrolls sideways to read it.
   */
  static void assertReflows(Page page, String name, int width) {
    com.microsoft.playwright.options.ViewportSize was = page.viewportSize();
    page.setViewportSize(width, 800);
    try {
      assertAccessible(page, name + "-" + width + "px");
    } finally {
      page.setViewportSize(was.width, was.height);
    }
  }

  /**
   * GOV.UK Frontend's one known axe finding, and nothing else: a radio that reveals more questions
   * carries {@code aria-expanded}, which ARIA does not list for radios. GOV.UK keeps it on purpose,
   * as screen readers announce it (alphagov/govuk-frontend#979, listed in its known issues).
   */
  private static boolean conditionalRevealExpanded(Rule violation) {
    return violation.getId().equals("aria-allowed-attr")
        && violation.getNodes().stream()
            .allMatch(
                node ->
                    node.getHtml().contains("govuk-radios__input")
                        && node.getHtml().contains("aria-controls=\"conditional-")
                        && node.getHtml().contains("aria-expanded="));
  }

  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
