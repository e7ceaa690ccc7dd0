package uk.frontdoor.referral.professional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;

/** A professional's saved copy of a referral they sent, as a tagged PDF. */
@Component
record ReferralPdf(TemplateEngine templates) {

  byte[] render(Authority authority, ReferralSummary summary, ReferralDocument document) {
    Context context = new Context(Locale.UK);
    context.setVariable("authority", authority);
    context.setVariable("summary", summary);
    context.setVariable("referral", document);
    context.setVariable("sentAt", new WhenText(summary.submittedAt()).dateAndTime(summary.submittedAt()));
    String xhtml = templates.process("referral/professional/copy", context);
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
