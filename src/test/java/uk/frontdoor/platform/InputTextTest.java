package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one rule for text that comes in (ADR 0011). */
class InputTextTest {

  @Test
  void controlCharactersGoAndLineBreaksAndTabsStay() {
    assertThat(InputText.clean("Sam\u0000 has\u0007 bruises\u007F\u0085\u009F")).isEqualTo("Sam has bruises");
    assertThat(InputText.clean("line one\r\nline two\n\tindented")).isEqualTo("line one\r\nline two\n\tindented");
    assertThat(InputText.clean("\u0000")).isEmpty();
    assertThat(InputText.clean(null)).isNull();
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacterAndAPairIsKept() {
    assertThat(InputText.clean("a\uD800b")).isEqualTo("a\uFFFDb");
    assertThat(InputText.clean("a\uDC00")).isEqualTo("a\uFFFD");
    assertThat(InputText.clean("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
    assertThat(InputText.clean("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
    assertThat(InputText.clean("x\uFFFFy\uFFFE")).isEqualTo("x\uFFFDy\uFFFD");
  }

  @Test
  void theSameNameTypedTwoWaysIsTheSameText() {
    String decomposed = "Zoe\u0308 Bro\u0302nte\u0308";
    String composed = "Zo\u00EB Br\u00F4nt\u00EB";
    assertThat(InputText.clean(decomposed)).isEqualTo(composed);
    assertThat(InputText.clean(composed)).isSameAs(composed);
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    for (String text : new String[] {"", "Plain ASCII <b>&amp;</b>", "Ω ∑ 漢字 עברית \u202Eevil", "tab\there"}) {
      assertThat(InputText.clean(text)).isSameAs(text);
      assertThat(InputText.isClean(text)).isTrue();
    }
  }

  @Test
  void cleanedTextAlwaysEncodesAsUtf8AndBack() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      every.append(c);
    }
    String cleaned = InputText.clean(every.toString());
    assertThat(new String(cleaned.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(cleaned);
    assertThat(cleaned).doesNotContain("\u0000", "\u0001", "\u001B", "\u0080", "\u009F");
    assertThat(InputText.isClean(cleaned)).isTrue();
  }

  @Test
  void aSingleLineHasSpacesForItsBreaks() {
    assertThat(InputText.singleLine("Sam\r\nPatel\tjr\n\u0000")).isEqualTo("Sam Patel jr ");
  }
}
