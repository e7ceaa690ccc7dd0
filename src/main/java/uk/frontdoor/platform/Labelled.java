package uk.frontdoor.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A choice with words for people: an enum whose constants' words are kept in {@code
 * labels.properties}, each under the enum's name below {@code uk.frontdoor} and the constant's
 * ({@code casework.AssessmentStatus.SUBMITTED=Waiting for authorisation}), so that the enum itself
 * says only its constants (ADR 0020). A constant with more than one set of words has the others
 * under a part's name ({@code mash.Outcome.LADO.forReferrer}). {@code LabelledTest} fails the build
 * for a constant without words, and for words no constant has.
 */
public interface Labelled {

  /** The constant's name, as stored and posted: every enum has it. */
  String name();

  /** The enum the constant belongs to: every enum has it. */
  Class<?> getDeclaringClass();

  /** How the pages say it: "Waiting for authorisation". */
  default String label() {
    return Labels.of(this, "");
  }

  /** The constant's other words, by what they are for: {@code text("meaning")}. */
  default String text(String part) {
    return Labels.of(this, "." + part);
  }

  /** Each choice's name and words, in order, as a form's options. */
  static <E extends Enum<E> & Labelled> Map<String, String> options(E[] values) {
    return options(values, Labelled::label);
  }

  /** Each choice's name and the words a form offers it by, in order, as a form's options. */
  static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> words) {
    Map<String, String> options = new LinkedHashMap<>();
    for (E value : values) {
      options.put(value.name(), words.apply(value));
    }
    return Collections.unmodifiableMap(options);
  }

  /** Each code and its words, as a census form offers them: "N1 Abuse or neglect". */
  static <E extends Enum<E> & Labelled> Map<String, String> codedOptions(E[] values) {
    return options(values, value -> value.name() + " " + value.label());
  }

  /** The constant stored or posted under this name, exactly; empty for none or a name not known. */
  static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
  }

  /** The constant whose word (in an address, say) is this one; empty for a word not known. */
  static <E extends Enum<E>> Optional<E> byWord(E[] values, Function<E, String> word, String typed) {
    return Arrays.stream(values).filter(value -> word.apply(value).equals(typed)).findFirst();
  }

  /**
   * The words for a stored code: its constant's label, or the code said as a sentence where no
   * constant has it (a code stored before it was named), never the code itself.
   */
  static <E extends Enum<E> & Labelled> String words(Class<E> type, String code) {
    return named(type, code).map(Labelled::label).orElseGet(() -> Codes.asSentence(code));
  }
}
