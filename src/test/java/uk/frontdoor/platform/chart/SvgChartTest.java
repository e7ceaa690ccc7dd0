package uk.frontdoor.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.frontdoor.platform.chart.SvgChart.Chart;
import uk.frontdoor.platform.chart.SvgChart.Series;

/**
 * The chart writer: every chart well-formed XML, an image named by its title and description,
 * bars and points where their figures put them on a round scale, a missing figure neither drawn
 * nor joined, empty data said in words, and words that would break the markup escaped.
 */
class SvgChartTest {

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> all(Document svg, String name) {
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  static List<String> texts(Document svg) {
    return all(svg, "text").stream().map(Element::getTextContent).toList();
  }

  static Chart chart(List<String> labels, String unit, Series... series) {
    return new Chart("c1", "Contacts <by> week & source", "What the \"chart\" shows", labels, List.of(series), unit, null, null);
  }

  @Test
  void aBarChartIsAnImageNamedByItsTitleAndDescriptionWithEachBarToScale() throws Exception {
    Document svg = parse(SvgChart.bar(chart(List.of("Jan", "Feb", "Mar"), "", new Series("Contacts", Arrays.asList(10.0, 40.0, null)))));
    Element root = svg.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c1-title c1-desc");
    assertThat(all(svg, "title").get(0).getAttribute("id")).isEqualTo("c1-title");
    assertThat(all(svg, "title").get(0).getTextContent()).isEqualTo("Contacts <by> week & source");
    assertThat(all(svg, "desc").get(0).getTextContent()).isEqualTo("What the \"chart\" shows");

    // 40 is the highest: the axis runs to 40 in steps of 10, so a bar of 10 is a quarter the height of the plot.
    List<Element> bars = all(svg, "rect");
    assertThat(bars).hasSize(2);
    double plot = SvgChart.BOTTOM - SvgChart.TOP;
    assertThat(Double.parseDouble(bars.get(0).getAttribute("height"))).isEqualTo(plot / 4);
    assertThat(Double.parseDouble(bars.get(1).getAttribute("height"))).isEqualTo(plot);
    assertThat(Double.parseDouble(bars.get(1).getAttribute("y"))).isEqualTo(SvgChart.TOP);
    // Each bar carries its figure, so colour tells nothing alone; the axis says its steps.
    assertThat(texts(svg)).contains("10", "40", "0", "20", "30", "Jan", "Feb", "Mar");
    for (Element bar : bars) {
      assertThat(bar.getAttribute("fill")).isEqualTo("#1d70b8");
    }
  }

  @Test
  void theScaleIsARoundNumberAboveTheHighestFigureAndPercentagesRunTo100() {
    assertThat(SvgChart.scale(chart(List.of("a"), "", new Series("n", List.of(7.0))))).isEqualTo(new SvgChart.Scale(8, 2));
    assertThat(SvgChart.scale(chart(List.of("a"), "", new Series("n", List.of(1.0))))).isEqualTo(new SvgChart.Scale(1, 1));
    assertThat(SvgChart.scale(chart(List.of("a"), "", new Series("n", List.of(230.0))))).isEqualTo(new SvgChart.Scale(250, 50));
    assertThat(SvgChart.scale(chart(List.of("a"), "", new Series("n", List.of(1234.0))))).isEqualTo(new SvgChart.Scale(1500, 500));
    assertThat(SvgChart.scale(chart(List.of("a"), "", new Series("n", List.of(0.0))))).isEqualTo(new SvgChart.Scale(5, 1));
    assertThat(SvgChart.scale(chart(List.of("a"), "%", new Series("n", List.of(12.0))))).isEqualTo(new SvgChart.Scale(100, 20));
  }

  @Test
  void aLineChartBreaksWhereAFigureIsMissingAndTellsItsLinesApartByMoreThanColour() throws Exception {
    Chart chart = new Chart("rates", "In time", "Each month's share in time", List.of("Jan", "Feb", "Mar", "Apr", "May"),
        List.of(new Series("Within one month", Arrays.asList(50.0, 100.0, null, 25.0, 75.0)),
            new Series("Within three months", List.of(80.0, 90.0, 100.0, 100.0, 100.0))),
        "%", 80.0, "Target 80% within one month");
    Document svg = parse(SvgChart.line(chart));
    List<Element> lines = all(svg, "polyline");
    // The first line in two pieces either side of March, the second whole; and a piece of each in the key.
    assertThat(lines).hasSize(5);
    double plot = SvgChart.BOTTOM - SvgChart.TOP;
    String first = lines.get(0).getAttribute("points");
    assertThat(first.split(" ")).hasSize(2);
    assertThat(Double.parseDouble(first.split(" ")[0].split(",")[1])).isEqualTo(SvgChart.BOTTOM - plot / 2);
    assertThat(Double.parseDouble(first.split(" ")[1].split(",")[1])).isEqualTo(SvgChart.TOP);
    assertThat(lines.get(0).getAttribute("stroke-dasharray")).isEmpty();
    Element second = lines.stream().filter(l -> l.getAttribute("points").split(" ").length == 5).findFirst().orElseThrow();
    assertThat(second.getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(second.getAttribute("stroke")).isNotEqualTo(lines.get(0).getAttribute("stroke"));
    // Markers of two shapes (circles and squares), the key's names and the target's words.
    assertThat(all(svg, "circle")).hasSize(4 + 1);
    assertThat(all(svg, "rect")).hasSize(5 + 1);
    assertThat(texts(svg)).contains("Within one month", "Within three months", "Target 80% within one month", "100%", "0%");
  }

  @Test
  void emptyDataIsAWellFormedChartThatSaysSo() throws Exception {
    for (String svg : List.of(
        SvgChart.bar(chart(List.of(), "")), SvgChart.line(chart(List.of(), "%")),
        SvgChart.line(chart(List.of("Jan", "Feb"), "", new Series("n", Arrays.asList(null, null)))))) {
      Document document = parse(svg);
      assertThat(texts(document)).contains("No figures for this period");
      assertThat(all(document, "polyline")).isEmpty();
      assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }
  }

  @Test
  void everyColourStandsOutOnWhite() {
    for (String colour : SvgChart.COLOURS) {
      assertThat(contrast(colour)).as(colour).isGreaterThanOrEqualTo(4.5);
    }
  }

  /** WCAG's contrast ratio of a colour against white. */
  static double contrast(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return 1.05 / (luminance + 0.05);
  }
}
