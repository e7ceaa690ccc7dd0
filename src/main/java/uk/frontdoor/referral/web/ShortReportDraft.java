package uk.frontdoor.referral.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/** Answers to a short route as typed, kept in PostgreSQL by {@link ReportDrafts}. */
class ShortReportDraft implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  final String token = UUID.randomUUID().toString();
  String reference;
  boolean checking;
  final HashMap<String, ArrayList<String>> answers = new HashMap<>();

  String first(String key) {
    List<String> values = answers.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  List<String> all(String key) {
    return answers.getOrDefault(key, new ArrayList<>());
  }

  void put(String key, List<String> values) {
    answers.put(key, values == null ? new ArrayList<>() : new ArrayList<>(values));
  }

  // For the templates.
  public String getToken() {
    return token;
  }

  public String getReference() {
    return reference;
  }

  public String value(String key) {
    return first(key);
  }

  public List<String> values(String key) {
    return all(key);
  }
}
