package uk.frontdoor.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** A choice with words for people: an enum a form offers as radios or a select. */
public interface Labelled {

  String label();

  /** Each choice's name and words, in order, as a form's options. */
  static <E extends Enum<E> & Labelled> Map<String, String> options(E[] values) {
    Map<String, String> options = new LinkedHashMap<>();
    for (E value : values) {
      options.put(value.name(), value.label());
    }
    return options;
  }
}
