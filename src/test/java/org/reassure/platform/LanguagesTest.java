package org.reassure.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The languages offered: their codes, names in English and Welsh and their own names, and old answers read as codes. */
class LanguagesTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Test
    void oldAnswersTypedAsTextBecomeCodes() {
        assertThat(Languages.fromText("Polish")).contains("pl");
        assertThat(Languages.fromText("  polish ")).contains("pl");
        assertThat(Languages.fromText("Polski")).contains("pl");
        assertThat(Languages.fromText("pl")).contains("pl");
        assertThat(Languages.fromText("pl-PL")).contains("pl");
        assertThat(Languages.fromText("Pwyleg")).contains("pl");
        assertThat(Languages.fromText("romana")).contains("ro");
        assertThat(Languages.fromText("Română")).contains("ro");
        assertThat(Languages.fromText("Farsi")).contains("fa");
        assertThat(Languages.fromText("Persian")).contains("fa");
        assertThat(Languages.fromText("BSL")).contains("bfi");
        assertThat(Languages.fromText("British Sign Language")).contains("bfi");
        assertThat(Languages.fromText("Mandarin")).contains("cmn");
        assertThat(Languages.fromText("Cantonese")).contains("yue");
        assertThat(Languages.fromText("Punjabi")).contains("pa");
        assertThat(Languages.fromText("ਪੰਜਾਬੀ")).contains("pa");
        assertThat(Languages.fromText("Urdu language")).contains("ur");
        assertThat(Languages.fromText("Cymraeg")).contains("cy");
        assertThat(Languages.fromText("Klingon")).isEmpty();
        assertThat(Languages.fromText("Chinese"))
                .as("Mandarin or Cantonese: not guessed")
                .isEmpty();
        assertThat(Languages.fromText(" ")).isEmpty();
    }

    @Test
    void everyLanguageHasItsNamesInEnglishWelshAndItself() {
        assertThat(Languages.all()).hasSizeGreaterThan(50).allSatisfy(l -> {
            assertThat(l.english()).as(l.code()).isNotBlank().isNotEqualTo(l.code());
            assertThat(l.welsh()).as(l.code()).isNotBlank().isNotEqualTo(l.code());
            assertThat(Languages.fromText(l.code())).contains(l.code());
            assertThat(Languages.fromText(l.english())).contains(l.code());
            assertThat(Languages.fromText(l.welsh())).contains(l.code());
        });
        assertThat(Languages.find("pl").orElseThrow().endonym()).isEqualTo("polski");
        assertThat(Languages.find("ur").orElseThrow().endonym()).isEqualTo("اردو");
        assertThat(Languages.find("ti").orElseThrow().endonym()).isEqualTo("ትግርኛ");
        assertThat(Languages.find("cmn").orElseThrow().endonym()).isEqualTo("普通话");
        assertThat(Languages.find("prs").orElseThrow().endonym()).isEqualTo("دری");
    }

    @Test
    void namesAreInTheReadersLanguage() {
        assertThat(Languages.label("pl", Locale.UK)).isEqualTo("Polish (polski)");
        assertThat(Languages.label("pl", WELSH)).isEqualTo("Pwyleg (polski)");
        assertThat(Languages.label("cy", WELSH)).isEqualTo("Cymraeg");
        assertThat(Languages.label("cy", Locale.UK)).isEqualTo("Welsh (Cymraeg)");
        assertThat(Languages.label("en", Locale.UK)).isEqualTo("English");
        assertThat(Languages.name("bfi", Locale.UK)).isEqualTo("British Sign Language (BSL)");
        assertThat(Languages.name("bfi", WELSH)).isEqualTo("Iaith Arwyddion Prydain (BSL)");
        assertThat(Languages.name("de", WELSH)).isEqualTo("Almaeneg");
        assertThat(Languages.name("Klingon", Locale.UK))
                .as("an old answer not recognised")
                .isEqualTo("Klingon");
        assertThat(Languages.sorted(Locale.UK).get(0).english()).isEqualTo("Albanian");
        assertThat(Languages.sorted(java.util.List.of("ur", "pl", "xx"), Locale.UK))
                .extracting(Languages.Language::code)
                .containsExactly("pl", "ur");
    }
}
