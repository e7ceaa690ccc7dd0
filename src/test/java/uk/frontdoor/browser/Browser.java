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

  Page newPage(boolean javaScript) {
    return chromium
        .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(javaScript))
        .newPage();
  }

  /** Fails with the rules broken and where, if axe finds any WCAG 2.2 AA violation. */
  static void assertAccessible(Page page, String name) {
    screenshot(page, name);
    AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
    List<Rule> violations = results.getViolations();
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

  /**
   * Checks the page at a phone's width, then puts the width back: axe, a screenshot, and nothing
   * wider than the screen, so nobody scrolls sideways to read it (WCAG 1.4.10 reflow, tested at
   * 320 px, the width of 1280 px zoomed to 400%).
   */
  static void assertReflows(Page page, String name, int width) {
    com.microsoft.playwright.options.ViewportSize was = page.viewportSize();
    page.setViewportSize(width, 800);
    try {
      assertAccessible(page, name + "-" + width + "px");
      int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      assertThat(scrollWidth).as("%s (%s) at %d px is %d px wide", name, page.url(), width, scrollWidth).isLessThanOrEqualTo(width);
    } finally {
      page.setViewportSize(was.width, was.height);
    }
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
