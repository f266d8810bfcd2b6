package dev.cjm.render.svg;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * A strict SVG check with a real implementation: Apache Batik renders the document to PNG and any
 * warning or error (an unknown element, a bad colour, a negative size) fails.
 */
final class Batik {
  private Batik() {}

  /** Renders {@code svg} to PNG bytes, or throws with Batik's complaint. */
  static byte[] render(String svg) {
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void error(TranscoderException e) throws TranscoderException {
            throw e;
          }

          @Override
          public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
          }

          @Override
          public void warning(TranscoderException e) throws TranscoderException {
            throw e;
          }
        });
    // Very wide maps (200 touchpoints) are checked whole but drawn scaled down.
    transcoder.addTranscodingHint(PNGTranscoder.KEY_MAX_WIDTH, 4000f);
    transcoder.addTranscodingHint(PNGTranscoder.KEY_MAX_HEIGHT, 4000f);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    TranscoderInput input = new TranscoderInput(new StringReader(svg));
    input.setURI("file:///cjm-test.svg");
    try {
      transcoder.transcode(input, new TranscoderOutput(png));
    } catch (TranscoderException e) {
      throw new AssertionError("Batik rejects the SVG: " + e.getMessage(), e);
    }
    return png.toByteArray();
  }
}
