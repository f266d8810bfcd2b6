package dev.cjm.examples.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --locale}: a language tag such as {@code pl}, {@code en} or {@code de}. */
final class Locales implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String tag) {
    try {
      Locale language = new Locale.Builder().setLanguageTag(tag).build();
      if (language.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("no language");
      }
      return language;
    } catch (IllformedLocaleException e) {
      throw new TypeConversionException(
          "'" + tag + "' is not a language tag; expected one such as en, pl or de");
    }
  }
}
