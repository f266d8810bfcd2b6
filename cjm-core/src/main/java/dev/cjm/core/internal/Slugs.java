package dev.cjm.core.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives ids from names: lower case, words joined by hyphens, Latin letters without their
 * diacritics, letters of other scripts kept as they are.
 *
 * <p>{@code "Świadomość"} becomes {@code swiadomosc}, {@code "Łódź"} becomes {@code lodz}, {@code
 * "Don't panic!"} becomes {@code dont-panic} and {@code "お茶を入れる"} stays as it is. A name with no
 * letter or digit gives the empty string; the caller then uses the element's kind and position.
 *
 * <p>Letters, digits and marks are those of Unicode 13 ({@link Unicode13}, as JDK 17 has them), so
 * a name gives the same id on every JDK: a letter added to Unicode later (U+0C5D, U+1E4D0)
 * separates words like punctuation. The rest of what a slug depends on is the same on JDK 17 and 25
 * for the characters of Unicode 13: NFC and NFKD, lower case, and the Latin script (compared code
 * point by code point on both).
 */
public final class Slugs {
  private Slugs() {}

  /** Returns the slug of {@code name}, or the empty string if it has no letter or digit. */
  public static String slug(String name) {
    String text = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingHyphen = false;
    boolean afterLatin = false;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\'' || cp == '\u2019' || cp == '\u02BC') {
        continue; // apostrophes join: "Don't" is one word
      }
      boolean inWord = out.length() > 0 && !pendingHyphen;
      if (Unicode13.isMark(cp)) {
        // A combining mark belongs to the letter before it: on a Latin letter the accent goes,
        // elsewhere (Devanagari vowel signs, Japanese voicing marks) it is part of the word.
        if (inWord && !afterLatin) {
          out.appendCodePoint(cp);
        }
        continue;
      }
      if (!Unicode13.isLetterOrDigit(cp)) {
        pendingHyphen = out.length() > 0;
        continue;
      }
      if (pendingHyphen) {
        out.append('-');
        pendingHyphen = false;
      }
      if (cp < 0x80) { // an ASCII letter or digit: its own base, in lower case
        afterLatin = Character.isLetter(cp);
        out.append(Character.toLowerCase((char) cp));
        continue;
      }
      afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
      out.append(
          afterLatin ? latinBase(cp) : new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
    }
    String slug = out.toString();
    return isAscii(slug) ? slug : Normalizer.normalize(slug, Normalizer.Form.NFC);
  }

  /** True if every character is ASCII, which Unicode normalisation leaves as it is. */
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String latinBase(int cp) {
    String special =
        switch (cp) {
          case 'ł', 'Ł', 'ŀ', 'Ŀ' -> "l";
          case 'ß', 'ẞ' -> "ss";
          case 'æ', 'Æ' -> "ae";
          case 'œ', 'Œ' -> "oe";
          case 'ø', 'Ø' -> "o";
          case 'đ', 'Đ', 'ð', 'Ð' -> "d";
          case 'þ', 'Þ' -> "th";
          case 'ħ', 'Ħ' -> "h";
          case 'ı' -> "i";
          default -> "";
        };
    if (!special.isEmpty()) {
      return special;
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder base = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(Unicode13::isLetterOrDigit)
        .forEach(c -> base.appendCodePoint(c));
    return base.toString().toLowerCase(Locale.ROOT);
  }
}
