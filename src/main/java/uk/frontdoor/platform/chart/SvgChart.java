package uk.frontdoor.platform.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bar and line charts drawn on the server as inline SVG, for pages that work without JavaScript:
 * each an image with a title and a description (read by screen readers in place of the drawing,
 * which a table of the same figures follows on the page), in colours that stand out 3:1 or more on
 * white, and never told apart by colour alone: a bar carries its figure, and each line has its own
 * dashes, its own marker and its name in the key.
 *
 * <p>A chart is {@link #WIDTH} by {@link #HEIGHT} units and as wide as the column it stands in. A
 * figure may be missing (null), for a month with nothing to count: a bar is not drawn and a line
 * breaks there.
 */
public final class SvgChart {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 320;

  /** Where the plot stands in the drawing: room for the axis's figures on the left, the labels below, the key above. */
  static final int LEFT = 48;
  static final int RIGHT = WIDTH - 16;
  static final int TOP = 48;
  static final int BOTTOM = HEIGHT - 40;

  /** Each line's colour, dashes and marker, in turn: colours with at least 4.5:1 on white. */
  static final List<String> COLOURS = List.of("#1d70b8", "#0b0c0c", "#00703c", "#4c2c92", "#d4351c", "#505a5f");
  static final List<String> DASHES = List.of("", "8 4", "2 4", "12 4 2 4", "4 4", "16 4");
  static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond", "cross", "bar");

  /** One line of a chart, or the bars: its name and a figure for each label (null where there is none). */
  public record Series(String name, List<Double> values) {}

  /**
   * What a chart shows.
   *
   * @param id unique on the page, for the title's and description's ids
   * @param labels what each figure is of, left to right (months, weeks, categories)
   * @param unit {@code "%"} for percentages (the axis runs to 100), or empty for counts
   * @param target a level to mark with a dotted grey line and its words (a standard's 80%), or null
   */
  public record Chart(
      String id, String title, String description, List<String> labels, List<Series> series, String unit, Double target, String targetWords) {

    public Chart {
      labels = List.copyOf(labels);
      series = List.copyOf(series);
    }

    boolean percent() {
      return "%".equals(unit);
    }

    boolean empty() {
      return labels.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }
  }

  private SvgChart() {}

  /** A bar chart of the chart's first series, each bar with its figure above it. */
  public static String bar(Chart chart) {
    StringBuilder svg = open(chart);
    Scale scale = scale(chart);
    axes(svg, chart, scale);
    if (!chart.empty()) {
      List<Double> values = chart.series().get(0).values();
      double slot = (double) (RIGHT - LEFT) / chart.labels().size();
      double width = Math.max(2, slot * 0.6);
      for (int i = 0; i < chart.labels().size(); i++) {
        Double value = i < values.size() ? values.get(i) : null;
        double x = LEFT + slot * i + (slot - width) / 2;
        if (value != null) {
          double y = scale.y(value);
          svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
              .append("\" height=\"").append(n(BOTTOM - y)).append("\" fill=\"").append(COLOURS.get(0)).append("\"/>");
          svg.append(text(x + width / 2, y - 4, "middle", 11, figure(value, chart.unit())));
        }
      }
      labels(svg, chart, slot);
    }
    return close(svg, chart, scale);
  }

  /** A line chart of each series, told apart by dashes and markers as well as colour, with a key above it. */
  public static String line(Chart chart) {
    StringBuilder svg = open(chart);
    Scale scale = scale(chart);
    axes(svg, chart, scale);
    if (!chart.empty()) {
      int count = chart.labels().size();
      double slot = (double) (RIGHT - LEFT) / count;
      for (int s = 0; s < chart.series().size(); s++) {
        Series series = chart.series().get(s);
        String colour = COLOURS.get(s % COLOURS.size());
        String dash = DASHES.get(s % DASHES.size());
        List<String> run = new ArrayList<>();
        StringBuilder markers = new StringBuilder();
        for (int i = 0; i <= count; i++) {
          Double value = i < count && i < series.values().size() ? series.values().get(i) : null;
          if (value == null) {
            path(svg, run, colour, dash);
            run.clear();
            continue;
          }
          double x = LEFT + slot * i + slot / 2;
          double y = scale.y(value);
          run.add(n(x) + "," + n(y));
          markers.append(marker(MARKERS.get(s % MARKERS.size()), x, y, colour));
        }
        svg.append(markers);
        key(svg, s, series.name(), colour, dash);
      }
      labels(svg, chart, slot);
    }
    return close(svg, chart, scale);
  }

  /** The axis's top and its steps: a round number above the highest figure (100 for percentages). */
  record Scale(double max, double step) {

    double y(double value) {
      double clipped = Math.max(0, Math.min(value, max));
      return BOTTOM - (BOTTOM - TOP) * clipped / max;
    }
  }

  static Scale scale(Chart chart) {
    if (chart.percent()) {
      return new Scale(100, 20);
    }
    double highest = chart.series().stream().flatMap(s -> s.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    if (chart.target() != null) {
      highest = Math.max(highest, chart.target());
    }
    if (highest <= 0) {
      return new Scale(5, 1);
    }
    // A step of 1, 2 or 5 times a power of ten, so that at most five steps reach the highest figure.
    double power = Math.pow(10, Math.floor(Math.log10(highest / 5)));
    double step = power;
    for (double m : new double[] {1, 2, 5, 10}) {
      step = m * power;
      if (step * 5 >= highest) {
        break;
      }
    }
    step = Math.max(1, step);
    return new Scale(Math.ceil(highest / step) * step, step);
  }

  private static StringBuilder open(Chart chart) {
    String id = attribute(chart.id());
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
        .append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>")
        .append("<desc id=\"").append(id).append("-desc\">").append(escape(chart.description())).append("</desc>");
  }

  private static String close(StringBuilder svg, Chart chart, Scale scale) {
    if (chart.empty()) {
      svg.append(text((LEFT + RIGHT) / 2.0, (TOP + BOTTOM) / 2.0, "middle", 16, "No figures for this period"));
    } else if (chart.target() != null) {
      double y = scale.y(chart.target());
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(RIGHT).append("\" y2=\"").append(n(y))
          .append("\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"1 5\" stroke-linecap=\"round\"/>");
      svg.append(text(RIGHT, y - 6, "end", 12, chart.targetWords() == null ? "Target " + figure(chart.target(), chart.unit()) : chart.targetWords()));
    }
    return svg.append("</svg>").toString();
  }

  /** The axis's line and figures, and light lines across at each step. */
  private static void axes(StringBuilder svg, Chart chart, Scale scale) {
    for (double v = 0; v <= scale.max() + scale.step() / 2; v += scale.step()) {
      double y = scale.y(v);
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(RIGHT).append("\" y2=\"").append(n(y))
          .append("\" stroke=\"").append(v == 0 ? "#0b0c0c" : "#b1b4b6").append("\" stroke-width=\"1\"/>");
      svg.append(text(LEFT - 6, y + 4, "end", 12, figure(v, chart.unit())));
    }
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"").append(BOTTOM)
        .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
  }

  /** The labels under the plot: every one where there is room, else every so many. */
  private static void labels(StringBuilder svg, Chart chart, double slot) {
    int count = chart.labels().size();
    int every = Math.max(1, (int) Math.ceil(count / 12.0));
    for (int i = 0; i < count; i += every) {
      svg.append(text(LEFT + slot * i + slot / 2, BOTTOM + 18, "middle", 11, chart.labels().get(i)));
    }
  }

  private static void path(StringBuilder svg, List<String> run, String colour, String dash) {
    if (run.size() < 2) {
      return;
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"3\"");
    if (!dash.isEmpty()) {
      svg.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    svg.append(" points=\"").append(String.join(" ", run)).append("\"/>");
  }

  private static String marker(String shape, double x, double y, String colour) {
    String fill = "\" fill=\"" + colour + "\"/>";
    return switch (shape) {
      case "square" -> "<rect x=\"" + n(x - 4) + "\" y=\"" + n(y - 4) + "\" width=\"8\" height=\"8" + fill;
      case "triangle" -> "<polygon points=\"" + n(x) + "," + n(y - 5) + " " + n(x - 5) + "," + n(y + 4) + " " + n(x + 5) + "," + n(y + 4) + fill;
      case "diamond" -> "<polygon points=\"" + n(x) + "," + n(y - 6) + " " + n(x + 6) + "," + n(y) + " " + n(x) + "," + n(y + 6) + " " + n(x - 6) + ","
          + n(y) + fill;
      case "cross" -> "<path d=\"M" + n(x - 5) + " " + n(y - 5) + "L" + n(x + 5) + " " + n(y + 5) + "M" + n(x + 5) + " " + n(y - 5) + "L" + n(x - 5) + " "
          + n(y + 5) + "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
      case "bar" -> "<rect x=\"" + n(x - 6) + "\" y=\"" + n(y - 2) + "\" width=\"12\" height=\"4" + fill;
      default -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"4" + fill;
    };
  }

  /** A line's entry in the key above the plot: a piece of its line, its marker, its name. */
  private static void key(StringBuilder svg, int s, String name, String colour, String dash) {
    double x = LEFT + (s % 3) * 190;
    double y = 12 + (s / 3) * 14;
    List<String> run = List.of(n(x) + "," + n(y), n(x + 28) + "," + n(y));
    path(svg, run, colour, dash);
    svg.append(marker(MARKERS.get(s % MARKERS.size()), x + 14, y, colour));
    svg.append(text(x + 34, y + 4, "start", 12, name));
  }

  private static String text(double x, double y, String anchor, int size, String words) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
        + "\" font-family=\"Arial, sans-serif\" fill=\"#0b0c0c\">" + escape(words) + "</text>";
  }

  /** A figure as the chart writes it: whole numbers plain, percentages with the sign. */
  static String figure(double value, String unit) {
    String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    return number + (unit == null ? "" : unit);
  }

  private static String n(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String attribute(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  static String escape(String words) {
    if (words == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(words.length());
    for (char c : words.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
