package uk.frontdoor.platform.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a person has typed so far in a {@link Journey}, exactly as typed (valid or not, so a page
 * with an error shows it back), kept between pages as JSON. A repeated part (the children a
 * report is about) is a group of its own answers; the one being typed or changed is {@link
 * #pending}.
 */
public final class Answers {

  /** The submission token: the same answers sent twice are one submission. */
  public String token = UUID.randomUUID().toString();

  /** What the submission was stored as, once sent. */
  public String reference;

  /** The person has reached the check page once: each change returns there. */
  public boolean checking;

  public Map<String, List<String>> values = new LinkedHashMap<>();
  public Map<String, List<Answers>> groups = new LinkedHashMap<>();

  /** The item of a group being typed, and which one it replaces (null: a new one). */
  public Answers pending;

  public Integer editing;

  /** The first value typed for the key, or null. */
  public String value(String key) {
    List<String> all = values.get(key);
    return all == null || all.isEmpty() ? null : all.get(0);
  }

  /** Every value given for the key (checkboxes), in order. */
  public List<String> values(String key) {
    return values.getOrDefault(key, List.of());
  }

  public void put(String key, List<String> given) {
    values.put(key, given == null ? new ArrayList<>() : new ArrayList<>(given));
  }

  public void put(String key, String given) {
    put(key, given == null ? List.of() : List.of(given));
  }

  /** The items of a repeated part, in the order added. */
  public List<Answers> group(String name) {
    return groups.computeIfAbsent(name, n -> new ArrayList<>());
  }

  /** The item being typed on a repeated part's page; a new one if there is none. */
  public Answers pending() {
    if (pending == null) {
      pending = new Answers();
    }
    return pending;
  }

  /** Whether a value equals the given one. */
  public boolean is(String key, String expected) {
    return expected.equals(value(key));
  }

  /** Nothing answered yet: a new session, or one that ended. */
  public boolean nothingAnswered() {
    return values.isEmpty() && groups.values().stream().allMatch(List::isEmpty);
  }

  public boolean sent() {
    return reference != null;
  }
}
