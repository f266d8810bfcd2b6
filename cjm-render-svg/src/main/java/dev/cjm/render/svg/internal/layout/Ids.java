package dev.cjm.render.svg.internal.layout;

/**
 * The XML ids of the map: fixed ones for the groups that appear once, and ids made from model ids
 * that are stable and unique: a kind prefix ({@code cjm-touchpoint-checkout}), ASCII letters,
 * digits, hyphens and dots and other letters kept, every other character written as {@code _hex_}
 * so two different model ids never meet. The SVG writer puts the map's own id in place of the
 * {@code cjm} of each ({@code cjm-3f9a01c2-touchpoint-checkout}), so maps on one page share none.
 */
final class Ids {
  private Ids() {}

  // The groups of the map that appear once, by their fixed ids.
  static final String HEADER = "cjm-header";
  static final String PERSONA = "cjm-persona";
  static final String EMOTION_CURVE = "cjm-emotion-curve";
  static final String JOURNEY_OPPORTUNITIES = "cjm-journey-opportunities";
  static final String REPORT_PANEL = "cjm-report-panel";
  static final String LEGEND = "cjm-legend";

  static String of(String kind, String modelId) {
    if (isKept(modelId)) { // the common case: a slug, kept as it is
      return "cjm-" + kind + "-" + modelId;
    }
    StringBuilder id =
        new StringBuilder(kind.length() + modelId.length() + 16).append("cjm-").append(kind);
    id.append('-');
    for (int i = 0; i < modelId.length(); ) {
      int cp = modelId.codePointAt(i);
      i += Character.charCount(cp);
      boolean ascii =
          (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
      boolean otherLetter = cp > 0xBF && cp < 0xD800 && Character.isLetterOrDigit(cp);
      if (ascii || otherLetter || cp == '-' || cp == '.') {
        id.appendCodePoint(cp);
      } else {
        id.append('_').append(Integer.toHexString(cp)).append('_');
      }
    }
    return id.toString();
  }

  /** True if every character of {@code modelId} is an ASCII letter, digit, hyphen or dot. */
  private static boolean isKept(String modelId) {
    for (int i = 0; i < modelId.length(); i++) {
      char c = modelId.charAt(i);
      boolean kept =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.';
      if (!kept) {
        return false;
      }
    }
    return true;
  }
}
