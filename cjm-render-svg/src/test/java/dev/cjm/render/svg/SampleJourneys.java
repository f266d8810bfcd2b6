package dev.cjm.render.svg;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.testing.TestJourneys;
import java.util.Locale;

/** The journeys the renderer's tests and golden files are made from. */
public final class SampleJourneys {
  private static final Severity[] SEVERITIES = {
    Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL
  };

  /** The map's other shipped language. */
  public static final Locale POLISH = Locale.forLanguageTag("pl");

  private SampleJourneys() {}

  /** The Polish furniture shop's journey of {@link #polish()}, in Polish: map words included. */
  public static Journey polishInPolish() {
    return polish().toBuilder().locale(POLISH).build();
  }

  /** The README's running-shoes journey: two stages, one touchpoint each. */
  public static Journey small() {
    return TestJourneys.runningShoes();
  }

  /** A Polish furniture shop's journey through all seven phases, with every lane filled. */
  public static Journey polish() {
    return Journey.builder("Zakup sofy w sklepie meblowym")
        .description(
            "Mapa podróży klienta: od pierwszej reklamy do polecenia sklepu znajomym. Źródło:"
                + " wywiady z klientami i dane z analityki.")
        .persona(
            "Małgorzata, 38 lat",
            p ->
                p.description("Urządza nowe mieszkanie w Łodzi, kupuje przez telefon wieczorami")
                    .goal("Kupić wygodną sofę w dobrej cenie")
                    .goal("Mieć dostawę przed przeprowadzką")
                    .need("Zobaczyć kolor tkaniny na żywo")
                    .expectation("Rzetelny termin dostawy")
                    .expectation("Bezpłatny zwrot w ciągu 30 dni")
                    .frustration("Ukryte koszty wniesienia")
                    .quote("Chcę wiedzieć, ile naprawdę zapłacę, zanim kliknę „Kupuję”."))
        .stage(
            "Świadomość",
            s ->
                s.phase(Phase.AWARENESS)
                    .goal("Dowiedzieć się, gdzie kupić sofę")
                    .touchpoint(
                        "Reklama na Facebooku",
                        t ->
                            t.channel(Channel.SOCIAL_MEDIA)
                                .owner("Dział marketingu")
                                .doing("Przewija tablicę i zatrzymuje się na reklamie")
                                .thinking("Ładna, ale pewnie droga")
                                .feeling("Zaciekawienie")
                                .emotion(0.5, "zaciekawiona"))
                    .touchpoint(
                        "Wyszukiwarka",
                        t ->
                            t.channel(Channel.SEARCH)
                                .doing("Wpisuje „sofa rozkładana szara”")
                                .emotion(0)
                                .expectedEmotion(1))
                    .metric("Zasięg kampanii", m -> m.value(120000).target(100000).unit("osób")))
        .stage(
            "Rozważanie",
            s ->
                s.phase(Phase.CONSIDERATION)
                    .touchpoint(
                        "Strona produktu",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("Zespół e-commerce")
                                .doing("Porównuje wymiary i tkaniny")
                                .thinking("Czy zmieści się w salonie?")
                                .feeling("Niepewność co do koloru")
                                .emotion(-0.5)
                                .expectedEmotion(1)
                                .barrier(
                                    "Brak próbek tkanin do zamówienia",
                                    b ->
                                        b.id("brak-probek")
                                            .severity(Severity.MEDIUM)
                                            .frequency(0.4))
                                .opportunity(
                                    "Wysyłka bezpłatnych próbek tkanin",
                                    o ->
                                        o.addresses("brak-probek")
                                            .impact(Level.MEDIUM)
                                            .effort(Level.LOW)))
                    .touchpoint(
                        "Czat na żywo",
                        t ->
                            t.channel(Channel.LIVE_CHAT)
                                .owner("Obsługa klienta")
                                .actor("Konsultant")
                                .doing("Pyta o termin dostawy")
                                .thinking("Szybko odpisali!")
                                .emotion(1.5, "zadowolona")))
        .stage(
            "Zakup",
            s ->
                s.phase(Phase.PURCHASE)
                    .touchpoint(
                        "Koszyk i płatność",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("Zespół e-commerce")
                                .doing("Wybiera dostawę z wniesieniem")
                                .thinking("Skąd te dodatkowe 199 zł?")
                                .feeling("Złość, poczucie oszustwa")
                                .emotion(-2, "zła")
                                .expectedEmotion(1)
                                .barrier(
                                    "Koszt wniesienia widoczny dopiero w ostatnim kroku",
                                    b ->
                                        b.id("ukryty-koszt")
                                            .severity(Severity.CRITICAL)
                                            .frequency(0.65)))
                    .barrier(
                        "Płatność ratalna tylko dla kwot powyżej 1000 zł",
                        b -> b.severity(Severity.LOW))
                    .metric("Konwersja koszyka", m -> m.value(2.1).target(3).unit("%")))
        .stage(
            "Doświadczenie po zakupie",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .touchpoint(
                        "SMS od kuriera",
                        t ->
                            t.channel(Channel.SMS)
                                .owner("Partner logistyczny")
                                .doing("Czyta okno dostawy")
                                .emotion(0.5)
                                .expectedEmotion(0.5))
                    .touchpoint(
                        "Dostawa",
                        t ->
                            t.channel(Channel.DELIVERY)
                                .owner("Partner logistyczny")
                                .actor("Kurier")
                                .actor("Monter")
                                .doing("Odbiera sofę")
                                .feeling("Ulga")
                                .expectedEmotion(1)
                                .barrier(
                                    "Kurier nie wnosi na czwarte piętro bez windy",
                                    b -> b.severity(Severity.HIGH)))
                    .metric("Reklamacje", m -> m.value(4.5).target(3).unit("%").lowerIsBetter()))
        .stage(
            "Lojalność",
            s ->
                s.phase(Phase.LOYALTY)
                    .touchpoint(
                        "E-mail z ankietą",
                        t ->
                            t.channel(Channel.EMAIL)
                                .doing("Wypełnia ankietę")
                                .emotion(1)
                                .expectedEmotion(1)))
        .stage(
            "Promocja",
            s ->
                s.phase(Phase.ADVOCACY)
                    .touchpoint(
                        "Polecenie znajomym",
                        t ->
                            t.channel(Channel.WORD_OF_MOUTH)
                                .doing("Poleca sklep szwagrowi")
                                .thinking("Mimo wszystko warto było")
                                .emotion(2, "zachwycona")))
        .opportunity(
            "Pokazywać pełny koszt dostawy z wniesieniem już na stronie produktu",
            o -> o.addresses("ukryty-koszt").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "Program poleceń z rabatem 10%", o -> o.impact(Level.MEDIUM).effort(Level.MEDIUM))
        .build();
  }

  /** Texts far longer than a cell: long sentences, a long URL, a word with no break. */
  public static Journey longTexts() {
    String sentence =
        "The customer reads the whole terms and conditions page, scrolls back up to find the"
            + " delivery section, opens the FAQ in a new tab and still cannot tell whether the"
            + " sofa will be carried up to the fourth floor without a lift.";
    return Journey.builder(
            "A journey whose title is long enough to need wrapping on a narrow map: "
                + "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller")
        .persona(
            "Bartholomew Featherstonehaugh-Cholmondeley",
            p ->
                p.description(sentence)
                    .goal(sentence)
                    .need(
                        "https://example.com/a/very/long/url/that/does/not/break/at/all/anywhere?x=1")
                    .expectation("Pneumonoultramicroscopicsilicovolcanoconiosis-free delivery")
                    .frustration("Waiting")
                    .quote(sentence))
        .stage(
            "Consideration of every possible alternative before deciding anything at all",
            s ->
                s.goal(sentence)
                    .touchpoint(
                        "Terms and conditions page with an extraordinarily long name",
                        t ->
                            t.channel(Channel.of("Printed catalogue delivered by post"))
                                .owner(
                                    "Legal department, outsourced to a partner in another country")
                                .actor("A lawyer")
                                .doing(sentence)
                                .thinking(sentence + " " + sentence)
                                .feeling("Overwhelmed")
                                .emotion(-1.25, "overwhelmed and quite frankly exhausted by it all")
                                .barrier(sentence, b -> b.severity(Severity.CRITICAL))
                                .opportunity(
                                    "Summarise the delivery terms in one box: " + sentence,
                                    o -> o.impact(Level.HIGH).effort(Level.HIGH)))
                    .touchpoint(
                        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                        t ->
                            t.doing(
                                    "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww")
                                .emotion(-2)
                                .expectedEmotion(2))
                    .metric(
                        "Share of customers who read the whole terms and conditions page",
                        m -> m.value(0.125).target(0.5).unit("share of visitors")))
        .build();
  }

  /** 200 touchpoints over the seven standard phases, with a wave of emotions and some holes. */
  public static Journey manyTouchpoints() {
    JourneyBuilder builder = Journey.builder("A long service journey with 200 touchpoints");
    Phase[] phases = Phase.values();
    Channel[] channels = Channel.wellKnown().toArray(new Channel[0]);
    int perStage = 200 / phases.length;
    int made = 0;
    for (int s = 0; s < phases.length; s++) {
      int count = s == phases.length - 1 ? 200 - made : perStage;
      int first = made;
      Phase phase = phases[s];
      builder.stage(
          phase.englishName(),
          stage -> {
            stage.phase(phase);
            for (int i = first; i < first + count; i++) {
              int n = i;
              stage.touchpoint(
                  String.format(Locale.ROOT, "Step %03d", n + 1),
                  t -> {
                    t.channel(channels[n % channels.length]).doing("Does step " + (n + 1));
                    if (n % 9 != 4) {
                      t.emotion(Math.round(2 * Math.sin(n / 6.0) * 4) / 4.0);
                    }
                    if (n % 5 == 0) {
                      t.expectedEmotion(1);
                    }
                    if (n % 17 == 3) {
                      t.barrier("Slow page " + (n + 1), b -> b.severity(SEVERITIES[n % 4]));
                    }
                  });
            }
          });
      made += count;
    }
    return builder.build();
  }

  /**
   * Corner cases: a stage without touchpoints, a bare touchpoint, stage-wide cards over several
   * columns, a metric without target, a custom channel, a future state.
   */
  public static Journey edgeCases() {
    return Journey.builder("Corner cases")
        .state(Journey.State.FUTURE)
        .stage("Empty stage", s -> s.goal("Nothing happens here yet"))
        .stage(
            "Wide stage",
            s ->
                s.touchpoint("Bare")
                    .touchpoint(
                        "Kiosk",
                        t ->
                            t.channel(Channel.of("Self-service kiosk"))
                                .expectedEmotion(-1)
                                .emotion(0.25))
                    .touchpoint("Counter", t -> t.channel(Channel.STORE).emotion(-0.75))
                    .barrier(
                        "Queues at the counter on Saturdays",
                        b -> b.id("queues").severity(Severity.MEDIUM))
                    .opportunity(
                        "Open a second counter at weekends",
                        o -> o.addresses("queues").impact(Level.MEDIUM).effort(Level.HIGH))
                    .metric("Waiting time", m -> m.value(7.5).unit("min").lowerIsBetter()))
        .build();
  }

  /** German, Greek, Cyrillic, Chinese, Japanese, Korean, Hebrew and Arabic text, and emoji. */
  public static Journey international() {
    return Journey.builder("Internationale Kundenreise: Größenübersicht")
        .persona(
            "Jürgen Groß",
            p ->
                p.description("Kauft über Straßenbahn-Apps ein; erwartet Überweisungsbestätigung")
                    .goal("Günstige Fahrkarte für die ganze Familie"))
        .stage(
            "認知 (Awareness)",
            s ->
                s.touchpoint(
                    "広告を見る",
                    t ->
                        t.channel(Channel.ADVERTISING)
                            .doing("電車の中でスマートフォンの広告を見て、ウェブサイトにアクセスする。")
                            .thinking("이 제품은 정말 괜찮을까? 가격이 궁금하다.")
                            .feeling("好奇心 😊")
                            .emotion(1)))
        .stage(
            "Рассмотрение",
            s ->
                s.touchpoint(
                    "Σύγκριση τιμών",
                    t ->
                        t.channel(Channel.WEB)
                            .doing("Сравнивает цены на разных сайтах и читает отзывы")
                            .thinking("Πόσο κοστίζει η αποστολή;")
                            .emotion(-1)))
        .stage(
            "רכישה",
            s ->
                s.touchpoint(
                    "תשלום באתר",
                    t ->
                        t.channel(Channel.MOBILE_APP)
                            .owner("צוות המסחר")
                            .doing("הלקוח משלם בכרטיס אשראי")
                            .thinking("هل سيصل الطلب في الوقت المحدد؟")
                            .feeling("قلق بشأن التوصيل")
                            .emotion(-1.5)
                            .expectedEmotion(0.5)
                            .barrier(
                                "כמה עולה המשלוח? (3 ימים)",
                                b -> b.id("mishloach").severity(Severity.MEDIUM))))
        .build();
  }

  /**
   * Pain points with long Polish and Japanese names, barriers and opportunities, in narrow columns:
   * their markers, their panel entries and the summaries that quote them must stay in their boxes.
   */
  public static Journey longNamesWithPainPoints() {
    return Journey.builder("Reklamacja w sklepie internetowym / オンラインストアでの返品")
        .stage(
            "Zgłoszenie reklamacji przez formularz kontaktowy",
            s ->
                s.touchpoint(
                        "Formularz reklamacyjny na stronie internetowej sklepu z elektroniką",
                        t ->
                            t.channel(Channel.WEB)
                                .emotion(-2, "zdenerwowana")
                                .expectedEmotion(1)
                                .barrier(
                                    "Formularz wymaga numeru faktury, którego klientka nie"
                                        + " znajduje w wiadomości z potwierdzeniem zamówienia",
                                    b ->
                                        b.id("numer-faktury")
                                            .severity(Severity.CRITICAL)
                                            .frequency(0.625))
                                .opportunity(
                                    "Wypełniać numer faktury automatycznie po zalogowaniu się"
                                        + " do konta klienta w sklepie",
                                    o ->
                                        o.addresses("numer-faktury")
                                            .impact(Level.HIGH)
                                            .effort(Level.LOW)))
                    .touchpoint(
                        "Potwierdzenie przyjęcia zgłoszenia",
                        t -> t.channel(Channel.EMAIL).emotion(0).expectedEmotion(1)))
        .stage(
            "返品の受付と確認（オンラインストアの問い合わせ窓口）",
            s ->
                s.touchpoint(
                        "オンラインストアの問い合わせフォームから返品を申し込む（長い名前）",
                        t ->
                            t.channel(Channel.LIVE_CHAT)
                                .emotion(-1)
                                .expectedEmotion(1)
                                .barrier(
                                    "チャットの担当者が注文履歴を確認できず、同じ説明を何度も繰り返す必要がある",
                                    b -> b.severity(Severity.HIGH).frequency(0.4)))
                    .metric(
                        "Czas rozpatrzenia reklamacji w dniach roboczych",
                        m -> m.value(21).target(7).unit("dni").lowerIsBetter()))
        .build();
  }

  /**
   * Names of the slide-sized journey's touchpoints: Polish, Japanese, one long word, short ones.
   */
  private static final String[] SLIDE_NAMES = {
    "Reklama na Facebooku",
    "Porównywarka cen",
    "Rejestracja w aplikacji tylko numerem telefonu i kodem SMS, bez hasła",
    "Strona produktu",
    "オンラインストアの問い合わせフォームから返品を申し込む",
    "Czat",
    "Koszyk",
    "Płatność BLIK",
    "Potwierdzenieodpowiedzialnościcywilnejprzewoźnikadrogowego",
    "Dostawa",
    "Wniesienie sofy na czwarte piętro bez windy",
    "Montaż",
    "Ankieta",
    "Reklamacja",
    "Polecenie znajomym"
  };

  /**
   * 15 touchpoints in five stages, the most an overview fits on a slide: long Polish and Japanese
   * names, one very long word, a custom channel, felt and expected emotions, barriers of every
   * severity, so the gap report has pain points at touchpoints and a stage.
   */
  public static Journey slideSized() {
    Channel[] channels = {
      Channel.SOCIAL_MEDIA,
      Channel.SEARCH,
      Channel.MOBILE_APP,
      Channel.WEB,
      Channel.LIVE_CHAT,
      Channel.of("Salon meblowy")
    };
    String[] stages = {
      "Świadomość", "Rozważanie i porównywanie ofert", "Zakup", "Dostawa i montaż", "Po zakupie"
    };
    JourneyBuilder builder = Journey.builder("Zakup sofy w sklepie meblowym: przegląd dla zarządu");
    builder.persona("Małgorzata, 38 lat", p -> p.goal("Kupić wygodną sofę w dobrej cenie"));
    for (int s = 0; s < stages.length; s++) {
      int stage = s;
      builder.stage(
          stages[s],
          st -> {
            for (int i = 3 * stage; i < 3 * stage + 3; i++) {
              int n = i;
              st.touchpoint(
                  SLIDE_NAMES[n],
                  t -> {
                    t.channel(channels[n % channels.length])
                        .emotion(Math.round(2 * Math.sin(n / 2.0) * 2) / 2.0)
                        .expectedEmotion(n % 4 == 0 ? 2 : 1);
                    if (n % 3 == 1) {
                      t.barrier(
                          "Klientka nie wie, ile zapłaci za wniesienie " + (n + 1),
                          b -> b.severity(SEVERITIES[n % 4]));
                    }
                  });
            }
            if (stage == 3) {
              st.barrier("Termin dostawy zmienia się trzy razy", b -> b.severity(Severity.HIGH));
            }
          });
    }
    return builder.build();
  }

  /**
   * A click-and-collect plan with choices: three alternative entry points ("one of"), an optional
   * reminder e-mail and an optional review request, with channels and felt and expected emotions.
   */
  public static Journey clickAndCollect() {
    return Journey.builder("Click and collect: the planned journey")
        .stage(
            "Awareness",
            s ->
                s.oneOf(
                    "entry",
                    e ->
                        e.touchpoint(
                                "Facebook ad",
                                t -> t.channel(Channel.SOCIAL_MEDIA).emotion(0).expectedEmotion(1))
                            .touchpoint(
                                "Google search",
                                t -> t.channel(Channel.SEARCH).emotion(1).expectedEmotion(1))
                            .touchpoint(
                                "Price comparison site",
                                t -> t.channel(Channel.of("Ceneo")).emotion(1))))
        .stage(
            "Purchase",
            s ->
                s.touchpoint(
                        "Reserve in the app",
                        t -> t.channel(Channel.MOBILE_APP).emotion(1).expectedEmotion(1))
                    .touchpoint(
                        "Pay with BLIK",
                        t ->
                            t.channel(Channel.MOBILE_APP)
                                .emotion(-1)
                                .expectedEmotion(1)
                                .barrier(
                                    "The BLIK code expires while the bank app loads",
                                    b -> b.severity(Severity.HIGH))))
        .stage(
            "Collection",
            s ->
                s.touchpoint("Reminder e-mail", t -> t.channel(Channel.EMAIL).optional().emotion(0))
                    .touchpoint(
                        "Pick up in store",
                        t -> t.channel(Channel.STORE).emotion(2).expectedEmotion(1)))
        .stage(
            "Advocacy",
            s ->
                s.touchpoint("Review request", t -> t.channel(Channel.EMAIL).optional().emotion(0)))
        .build();
  }
}
