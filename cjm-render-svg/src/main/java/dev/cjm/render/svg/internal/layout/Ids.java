package dev.cjm.render.svg.internal.layout;

/**
 * Turns model ids into XML ids that are stable and unique: a kind prefix ({@code
 * cjm-touchpoint-checkout}), ASCII letters, digits, hyphens and dots and other letters kept, every
 * other character written as {@code _hex_} so two different model ids never meet.
 */
final class Ids {
  private Ids() {}

  static String of(String kind, String modelId) {
    StringBuilder id = new StringBuilder("cjm-").append(kind).append('-');
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
}
