package uk.frontdoor.referral.professional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;

/** A professional's saved copy of a referral they sent, as a tagged PDF. */
@Component
class ReferralPdf {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private final TemplateEngine templates;

  ReferralPdf(TemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(Authority authority, ReferralSummary summary, ReferralDocument document) {
    Context context = new Context(Locale.UK);
    context.setVariable("authority", authority);
    context.setVariable("summary", summary);
    context.setVariable("referral", document);
    context.setVariable("sentAt", WHEN.format(summary.submittedAt()).replace("AM", "am").replace("PM", "pm"));
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
