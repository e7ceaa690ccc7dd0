package uk.frontdoor.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The words of every {@link Labelled} constant, read once from {@code labels.properties}. */
final class Labels {

  static final String FILE = "labels.properties";

  private static final String BELOW = "uk.frontdoor.";

  private static final Properties WORDS = load();

  private Labels() {}

  /** The words a constant has for a part ("" for its label). */
  static String of(Labelled constant, String part) {
    String key = key(constant) + part;
    String words = WORDS.getProperty(key);
    if (words == null) {
      throw new IllegalStateException("No words for " + key + " in " + FILE);
    }
    return words;
  }

  /** Where a constant's words are: {@code casework.Conference.Decision.PLAN}. */
  static String key(Labelled constant) {
    String type = constant.getDeclaringClass().getCanonicalName();
    return (type.startsWith(BELOW) ? type.substring(BELOW.length()) : type) + "." + constant.name();
  }

  /** Every key and its words, as the file has them. */
  static Properties all() {
    Properties copy = new Properties();
    copy.putAll(WORDS);
    return copy;
  }

  private static Properties load() {
    Properties words = new Properties();
    try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the class path");
      }
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
