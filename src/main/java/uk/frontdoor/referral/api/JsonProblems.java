package uk.frontdoor.referral.api;

import java.util.Collection;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A body that is not a referral in JSON, said against the field where reading it stopped. */
final class JsonProblems {

  private JsonProblems() {}

  /** Where reading stopped, as the API names fields ({@code children[0].dateOfBirth}); "" for the body. */
  static String field(JacksonException e) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  /** What is wrong, in words that say nothing of how the API is built. */
  static String message(JacksonException e) {
    String field = field(e);
    if (e instanceof UnrecognizedPropertyException) {
      return field + " is not a field of a referral";
    }
    if (e instanceof MismatchedInputException mismatch && !field.isEmpty()) {
      return field + " must be " + kind(mismatch.getTargetType());
    }
    TokenStreamLocation at = e.getLocation();
    return "The body is not a referral in JSON"
        + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
        + ": check the syntax, that no field is given twice, and that each field has the right type";
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "of the type the API describes";
    }
    if (type == String.class) {
      return "text (a JSON string)";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }
}
