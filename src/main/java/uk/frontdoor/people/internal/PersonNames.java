package uk.frontdoor.people.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names as matching compares them. {@link #key} does what the database function
 * {@code person_name_key} does (V22__people_name_key_marks.sql), step for step, because known
 * people are stored under the database's key and looked for under this one: lower case; the
 * letters that carry no separable mark spelt out; letters split into base letter and marks (NFD)
 * and the combining marks dropped; apostrophes and dots dropped; hyphens kept; anything else one
 * space. {@code PersonNameKeyIT} holds the two to the same keys over real names.
 */
public final class PersonNames {

  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("þ", "th"),
          Map.entry("đ", "d"), Map.entry("ħ", "h"), Map.entry("ı", "i"), Map.entry("ŀ", "l"),
          Map.entry("ł", "l"), Map.entry("ø", "o"), Map.entry("ŧ", "t"), Map.entry("ð", "d"));
  /** The combining marks that the database drops too: the same five blocks, not all of {@code \p{M}}. */
  private static final Pattern MARKS =
      Pattern.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+");
  private static final Pattern DROPPED = Pattern.compile("['’‘`.]");
  private static final Pattern OTHER = Pattern.compile("[^a-z-]+");
  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern SEPARATORS = Pattern.compile("[ -]+");

  private PersonNames() {}

  /** The name as compared; empty for null or a name with no letters. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
      lower = lower.replace(letter.getKey(), letter.getValue());
    }
    String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    String key = HYPHEN.matcher(OTHER.matcher(DROPPED.matcher(plain).replaceAll("")).replaceAll(" ")).replaceAll("-");
    return strip(key);
  }

  private static String strip(String key) {
    int start = 0;
    int end = key.length();
    while (start < end && (key.charAt(start) == ' ' || key.charAt(start) == '-')) {
      start++;
    }
    while (end > start && (key.charAt(end - 1) == ' ' || key.charAt(end - 1) == '-')) {
      end--;
    }
    return key.substring(start, end);
  }

  /** The parts of a name key: "smith-jones" has "smith" and "jones". */
  public static List<String> parts(String key) {
    return key.isEmpty() ? List.of() : Arrays.asList(SEPARATORS.split(key));
  }

  /** The name key without its spaces and hyphens: "mc donald" and "mcdonald" are the same. */
  public static String joined(String key) {
    return SEPARATORS.matcher(key).replaceAll("");
  }

  /**
   * How many letters must be inserted, deleted, changed or swapped with a neighbour to turn one
   * word into the other (optimal string alignment distance).
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
