package uk.frontdoor.identity.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A QR code as an inline SVG image: one dark run of modules per path segment, with presentation
 * attributes only (the Content-Security-Policy allows no inline style), and a text alternative.
 */
final class QrCodeSvg {

  private static final int QUIET_ZONE = 4;

  private QrCodeSvg() {}

  static String of(String text, String label) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Too long for a QR code", e);
    }
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      int x = 0;
      while (x < width) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < width && matrix.get(x, y)) {
          x++;
        }
        path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-").append(x - start).append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-qr-code\" role=\"img\" width=\"220\" height=\"220\""
        + " viewBox=\"0 0 " + width + " " + height + "\" shape-rendering=\"crispEdges\" aria-label=\""
        + HtmlUtils.htmlEscape(label) + "\">"
        + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>"
        + "<path fill=\"#0b0c0c\" d=\"" + path + "\"/></svg>";
  }
}
