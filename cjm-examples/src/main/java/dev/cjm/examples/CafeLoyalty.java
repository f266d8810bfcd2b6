package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import java.util.Locale;

/**
 * Example 3, written in Polish as a Polish team would: the loyalty journey of a neighbourhood café,
 * through the seven standard stages by their Polish names (Świadomość, Rozważanie, Decyzja, Zakup,
 * Doświadczenie po zakupie, Lojalność, Promocja), which the analysis maps to the standard phases.
 * Channels are named in Polish too; they are custom channels. The journey's locale is Polish, so
 * its map and its reports are in Polish.
 */
public final class CafeLoyalty {
  private static final Channel INSTAGRAM = Channel.of("Instagram");
  private static final Channel MAPY = Channel.of("Mapy Google");
  private static final Channel LOKAL = Channel.of("Lokal");
  private static final Channel APLIKACJA = Channel.of("Aplikacja mobilna");
  private static final Channel POCZTA = Channel.of("Poczta elektroniczna");
  private static final Channel POLECENIE = Channel.of("Poczta pantoflowa");

  private CafeLoyalty() {}

  /** Podróż klienta kawiarni „Ziarno” od pierwszego posta do polecenia jej znajomym. */
  public static Journey journey() {
    return Journey.builder("Program lojalnościowy kawiarni „Ziarno”")
        .locale(Locale.forLanguageTag("pl"))
        .description("Stan obecny, na podstawie 20 wywiadów z gośćmi i danych z aplikacji.")
        .persona(
            "Ola, studentka z sąsiedztwa",
            p ->
                p.description("23 lata, studiuje zaocznie, pracuje z laptopem w kawiarniach")
                    .goal("Znaleźć stałe miejsce do nauki z dobrą kawą")
                    .goal("Wydawać na kawę mniej niż 200 zł miesięcznie")
                    .need("Gniazdko, Wi-Fi i spokój przez dwie godziny")
                    .need("Szybkie zamówienie w przerwie między zajęciami")
                    .expectation("Nagroda za stałe wizyty, bez zbierania papierowych pieczątek")
                    .expectation("Te same promocje w aplikacji i przy kasie")
                    .frustration("Karty z pieczątkami, które giną w plecaku")
                    .frustration("Promocja z Instagrama, o której barista nic nie wie")
                    .quote("Wracam tam, gdzie mnie pamiętają, a nie tam, gdzie jest najtaniej."))
        .stage(
            "Świadomość",
            s ->
                s.goal("Dowiedzieć się, że w okolicy jest nowa kawiarnia")
                    .touchpoint(
                        "Post na Instagramie",
                        t ->
                            t.channel(INSTAGRAM)
                                .owner("Marketing")
                                .doing("Widzi zdjęcie latte art udostępnione przez znajomą")
                                .thinking("Ładnie tam, blisko uczelni")
                                .emotion(1, "zaciekawienie")
                                .expectedEmotion(1))
                    .metric("Zasięg postów", m -> m.value(8200).target(10000)))
        .stage(
            "Rozważanie",
            s ->
                s.goal("Sprawdzić, czy da się tam pracować i ile to kosztuje")
                    .touchpoint(
                        "Wizytówka w Mapach Google",
                        t ->
                            t.channel(MAPY)
                                .owner("Właścicielka")
                                .doing("Czyta opinie i szuka godzin otwarcia")
                                .thinking("Jest Wi-Fi? Są gniazdka? W opiniach nic")
                                .feeling("Niepewność")
                                .emotion(-1, "niepewność")
                                .expectedEmotion(1)
                                .barrier(
                                    "Brak informacji o Wi-Fi, gniazdkach i cenach w wizytówce",
                                    b ->
                                        b.id("brak-informacji")
                                            .severity(Severity.MEDIUM)
                                            .frequency(0.5))))
        .stage(
            "Decyzja",
            s ->
                s.goal("Wybrać kawiarnię na popołudnie nauki")
                    .touchpoint(
                        "Kod rabatowy w relacji",
                        t ->
                            t.channel(INSTAGRAM)
                                .owner("Marketing")
                                .doing("Zapisuje kod -20% na pierwszą kawę")
                                .thinking("Dobra, spróbuję dziś")
                                .emotion(1, "zachęta")
                                .expectedEmotion(1)))
        .stage(
            "Zakup",
            s ->
                s.goal("Szybko zamówić i usiąść")
                    .touchpoint(
                        "Zamówienie przy kasie",
                        t ->
                            t.channel(LOKAL)
                                .owner("Zespół baristów")
                                .actor("Barista")
                                .doing("Pokazuje kod z relacji przy kasie")
                                .thinking("Jak to, nie znają swojej promocji?")
                                .feeling("Zażenowanie przy kolejce za plecami")
                                .emotion(-2, "zażenowanie")
                                .expectedEmotion(1)
                                .barrier(
                                    "Barista nie wie o promocji ogłoszonej na Instagramie",
                                    b ->
                                        b.id("niespojna-komunikacja")
                                            .severity(Severity.HIGH)
                                            .frequency(0.3)))
                    .touchpoint(
                        "Płatność zbliżeniowa",
                        t ->
                            t.channel(LOKAL)
                                .owner("Zespół baristów")
                                .doing("Płaci telefonem")
                                .thinking("Przynajmniej szybko")
                                .emotion(0))
                    .metric(
                        "Średni czas obsługi",
                        m -> m.value(4.5).target(3).unit("min").lowerIsBetter()))
        .stage(
            "Doświadczenie po zakupie",
            s ->
                s.goal("Spokojnie pouczyć się przy dobrej kawie")
                    .touchpoint(
                        "Praca przy stoliku",
                        t ->
                            t.channel(LOKAL)
                                .owner("Właścicielka")
                                .doing("Pracuje dwie godziny przy oknie")
                                .thinking("Kawa świetna, ale jedyne gniazdko jest zajęte")
                                .emotion(1, "zadowolenie")
                                .expectedEmotion(1)
                                .barrier(
                                    "Za mało gniazdek przy stolikach",
                                    b -> b.id("gniazdka").severity(Severity.LOW)))
                    .touchpoint(
                        "Zaproszenie do aplikacji",
                        t ->
                            t.channel(APLIKACJA)
                                .owner("Marketing")
                                .doing("Skanuje kod QR z paragonu i zakłada konto")
                                .thinking("Siedem pól formularza za jedną kawę gratis?")
                                .emotion(-1, "zniecierpliwienie")
                                .expectedEmotion(0)
                                .barrier(
                                    "Rejestracja w aplikacji wymaga zbyt wielu danych",
                                    b -> b.id("dluga-rejestracja").severity(Severity.MEDIUM))))
        .stage(
            "Lojalność",
            s ->
                s.goal("Dostać coś w zamian za regularne wizyty")
                    .touchpoint(
                        "Punkty w aplikacji",
                        t ->
                            t.channel(APLIKACJA)
                                .owner("Marketing")
                                .doing("Zbiera punkty; co dziesiąta kawa gratis")
                                .thinking("Fajnie, że pamiętają moje flat white")
                                .emotion(2, "docenienie")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Newsletter z ofertą",
                        t ->
                            t.channel(POCZTA)
                                .owner("Marketing")
                                .doing("Dostaje ofertę na tort urodzinowy")
                                .thinking("Po co mi tort? Wolałabym zniżkę w sesji")
                                .emotion(0, "obojętność")
                                .expectedEmotion(1)
                                .barrier(
                                    "Oferty nie pasują do zwyczajów gościa",
                                    b -> b.id("nietrafione-oferty").severity(Severity.LOW)))
                    .metric(
                        "Goście wracający w ciągu 30 dni", m -> m.value(38).target(50).unit("%")))
        .stage(
            "Promocja",
            s ->
                s.goal("Polecić miejsce znajomym z roku")
                    .touchpoint(
                        "Polecenie znajomym",
                        t ->
                            t.channel(POLECENIE)
                                .owner("Właścicielka")
                                .doing("Zabiera grupę z roku na wspólną naukę")
                                .thinking("Chcę, żeby to miejsce przetrwało")
                                .emotion(2, "duma")
                                .expectedEmotion(1))
                    .metric("NPS", m -> m.value(41).target(50)))
        .opportunity(
            "Uzupełnić wizytówkę: zdjęcia gniazdek, Wi-Fi, cennik",
            o -> o.addresses("brak-informacji").impact(Level.MEDIUM).effort(Level.LOW))
        .opportunity(
            "Kalendarz promocji wspólny dla marketingu i baristów, odprawa przed zmianą",
            o -> o.addresses("niespojna-komunikacja").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "Rejestracja w aplikacji tylko numerem telefonu",
            o -> o.addresses("dluga-rejestracja").impact(Level.MEDIUM).effort(Level.MEDIUM))
        .opportunity(
            "Listwy zasilające przy stołach pod oknem",
            o -> o.addresses("gniazdka").impact(Level.LOW).effort(Level.LOW))
        .opportunity(
            "„Sesyjna karta”: zniżka na kawę w okresie egzaminów dla stałych gości",
            o -> o.addresses("nietrafione-oferty").impact(Level.MEDIUM).effort(Level.LOW))
        .build();
  }

  /** Wypisuje zarys podróży i raport luk. */
  public static void main(String[] args) {
    Examples.print(journey());
  }
}
