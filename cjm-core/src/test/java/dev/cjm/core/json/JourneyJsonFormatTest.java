package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import org.junit.jupiter.api.Test;

/**
 * What a journey document looks like: every field of the model under the DSL's names, in a fixed
 * order, absent optionals and empty lists left out, pretty-printed with a two-space indent.
 */
class JourneyJsonFormatTest {

  @Test
  void format_writesEveryFieldInAFixedOrder() {
    assertThat(JourneyJson.format(Documents.everyField()))
        .isEqualTo(
            """
            {
              "cjmFormat": 1,
              "title": "Zakup butów",
              "description": "Anna kupuje buty\\nprzez telefon",
              "accessibilityTitle": "Zakup",
              "accessibilityDescription": "Mapa podróży",
              "state": "future",
              "locale": "pl",
              "persona": {
                "name": "Anna",
                "description": "Biegaczka",
                "goals": [
                  "Buty bez sklepu"
                ],
                "needs": [
                  "Rozmiar"
                ],
                "expectations": [
                  "Darmowe zwroty"
                ],
                "frustrations": [
                  "Ukryte koszty"
                ],
                "quote": "\\"Gdzie jest koszyk?\\""
              },
              "stages": [
                {
                  "id": "zakup",
                  "name": "Zakup",
                  "phase": "post-purchase",
                  "goal": "Zapłacić",
                  "touchpoints": [
                    {
                      "id": "kasa",
                      "name": "Kasa",
                      "channel": "Web",
                      "owner": "Zespół e-commerce",
                      "actors": [
                        "Kurier",
                        "Konsultant"
                      ],
                      "doing": "Płaci",
                      "thinking": "Ile to kosztuje?",
                      "feeling": "Złość",
                      "emotion": {
                        "score": -1.5,
                        "word": "zła"
                      },
                      "expectedEmotion": 1,
                      "barriers": [
                        {
                          "id": "koszt",
                          "description": "Koszt dostawy na końcu",
                          "severity": "critical",
                          "frequency": 0.4
                        }
                      ],
                      "opportunities": [
                        {
                          "id": "koszt-na-stronie-produktu",
                          "description": "Koszt na stronie produktu",
                          "addresses": [
                            "koszt"
                          ]
                        }
                      ]
                    },
                    {
                      "id": "kiosk",
                      "name": "Kiosk",
                      "channel": "Kiosk",
                      "emotion": 0
                    }
                  ],
                  "barriers": [
                    {
                      "id": "kolejka",
                      "description": "Kolejka",
                      "severity": "low"
                    }
                  ],
                  "opportunities": [
                    {
                      "id": "wiecej-kas",
                      "description": "Więcej kas",
                      "impact": "low",
                      "effort": "high"
                    }
                  ],
                  "metrics": [
                    {
                      "name": "Czas",
                      "value": 4.5,
                      "target": 3,
                      "unit": "min",
                      "higherIsBetter": false
                    },
                    {
                      "name": "NPS",
                      "value": 31,
                      "higherIsBetter": true
                    }
                  ]
                }
              ],
              "opportunities": [
                {
                  "id": "dostawa",
                  "description": "Darmowa dostawa",
                  "addresses": [
                    "koszt"
                  ],
                  "impact": "high",
                  "effort": "medium"
                }
              ]
            }
            """);
  }

  @Test
  void format_leavesOutWhatIsAbsent() {
    Journey bare = Journey.builder("Bare").stage("Only").build();

    assertThat(JourneyJson.format(bare))
        .isEqualTo(
            """
            {
              "cjmFormat": 1,
              "title": "Bare",
              "state": "current",
              "locale": "en",
              "stages": [
                {
                  "id": "only",
                  "name": "Only"
                }
              ]
            }
            """);
  }

  @Test
  void format_writesThePlansChoices_andParseReadsThemBack() {
    Journey choices =
        Journey.builder("Choices")
            .stage(
                "Entry",
                s ->
                    s.oneOf("entry", e -> e.touchpoint("Ad").touchpoint("Search"))
                        .touchpoint("Reminder", t -> t.optional()))
            .build();

    String json = JourneyJson.format(choices);

    assertThat(json)
        .contains(
            """
                    {
                      "id": "ad",
                      "name": "Ad",
                      "oneOf": "entry"
                    },
            """)
        .contains(
            """
                    {
                      "id": "reminder",
                      "name": "Reminder",
                      "optional": true
                    }
            """);
    assertThat(JourneyJson.parse(json)).isEqualTo(choices);
  }

  @Test
  void parse_readsBackEveryField() {
    Journey journey = Documents.everyField();

    assertThat(JourneyJson.parse(JourneyJson.format(journey))).isEqualTo(journey);
  }

  @Test
  void format_toAnAppendable_writesTheSameText() {
    StringBuilder out = new StringBuilder("before\n");
    JourneyJson.format(Documents.everyField(), out);

    assertThat(out.toString()).isEqualTo("before\n" + JourneyJson.format(Documents.everyField()));
  }

  @Test
  void format_writesNumbersTheSameOnEveryJdk_shortestDecimalsAndWholeNumbersWithoutFraction() {
    Journey journey =
        Journey.builder("Numbers")
            .stage(
                "S",
                s ->
                    s.metric("Tiny", 1e-7)
                        .metric("Huge", Double.parseDouble("2e23"))
                        .metric("Negative zero", -0.0)
                        .metric("Third", 1.0 / 3)
                        .metric("Whole", -42))
            .build();

    String json = JourneyJson.format(journey);

    assertThat(json)
        .contains("\"value\": 1.0E-7")
        .contains("\"value\": 2.0E23")
        .contains("\"value\": -0.0")
        .contains("\"value\": 0.3333333333333333")
        .contains("\"value\": -42");
    assertThat(JourneyJson.parse(json)).isEqualTo(journey);
  }
}
