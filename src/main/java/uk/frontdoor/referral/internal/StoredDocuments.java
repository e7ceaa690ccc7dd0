package uk.frontdoor.referral.internal;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.referral.ReferralDocument;

/**
 * Reads a stored referral document, whatever an earlier release or a bypassed check let into it,
 * so that every stored concern can be opened: a value no longer understood (a kind of harm since
 * renamed, a date that is not one, a number where text belongs) is read as not given, and a
 * document that still cannot be read is shown as stored, in one answer.
 */
final class StoredDocuments {

  static final String AS_STORED = "The referral as stored (Front Door could not read it field by field)";

  private final JsonMapper tolerant;

  StoredDocuments(JsonMapper json) {
    this.tolerant =
        json.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .addHandler(new NotGiven())
            .build();
  }

  ReferralDocument read(String stored) {
    try {
      ReferralDocument document = tolerant.readValue(stored, ReferralDocument.class);
      if (document != null) {
        return document;
      }
    } catch (RuntimeException e) {
      // JacksonException among them.
      // Shown as stored, below.
    }
    return new ReferralDocument(
        null, null, new ReferralDocument.Referrer(null, null, null, null, null, null), false, List.of(), List.of(), null,
        new ReferralDocument.Concern(stored, null, List.of(), false, null, null), null, null, null, null, null,
        List.of(new ReferralDocument.Answer(AS_STORED, "The concern above is the referral exactly as it is stored.")), null);
  }

  /** A value of the wrong kind is read as no value. */
  private static final class NotGiven extends DeserializationProblemHandler {

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value, String failure) {
      return nothing(target);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value, String failure) {
      return nothing(target);
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext context, JavaType target, JsonToken token, JsonParser parser, String failure) {
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
      return nothing(target.getRawClass());
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext context, Class<?> target, ValueInstantiator instantiator, JsonParser parser, String failure) {
      // Text or a number where a part of the document belongs (a referrer given as a name).
      if (parser.currentToken() != null && parser.currentToken().isScalarValue()) {
        return null;
      }
      return NOT_HANDLED;
    }

    private static Object nothing(Class<?> target) {
      if (target == boolean.class) {
        return false;
      }
      if (target == int.class) {
        return 0;
      }
      return null;
    }
  }
}
