package uk.frontdoor.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Common English short forms of first names, from the data file {@code people/nicknames.txt}
 * (with its source and licence). Each group starts with the full name; a short form may belong to
 * more than one group (Alex, Sam, Charlie, Ted).
 */
public final class Nicknames {

  private static final List<List<String>> GROUPS = read("/people/nicknames.txt");

  private Nicknames() {}

  /** The groups in the data file: a line each, names separated by commas, # for comments. */
  static List<List<String>> read(String resource) {
    try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No nickname list at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> Arrays.stream(line.split(",")).map(String::strip).toList())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name and every name it is a short or full form of, as name keys. */
  public static Set<String> variants(String key) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(key);
    for (List<String> group : GROUPS) {
      if (group.contains(key)) {
        variants.addAll(group);
      }
    }
    return variants;
  }

  /**
   * How two different first names are the same name, in words: "Bill for William", or "Bill and
   * Billy, both short for William". Empty if they are not.
   */
  public static Optional<String> relation(String key, String otherKey, String shown, String otherShown) {
    if (key.equals(otherKey)) {
      return Optional.empty();
    }
    for (List<String> group : GROUPS) {
      if (group.contains(key) && group.contains(otherKey)) {
        String full = group.get(0);
        if (otherKey.equals(full)) {
          return Optional.of(shown + " for " + otherShown);
        }
        if (key.equals(full)) {
          return Optional.of(otherShown + " for " + shown);
        }
        return Optional.of(shown + " and " + otherShown + ", both short for " + capitalised(full));
      }
    }
    return Optional.empty();
  }

  private static String capitalised(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }
}
