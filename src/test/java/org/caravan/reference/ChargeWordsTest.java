package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Each kind of charge reads as a plain sentence in English and Russian, with the numbers of its computation. */
class ChargeWordsTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void dutyAndVatUnderTheEcommerceGoodsRegime() {
        DeMinimisCalculation c = RegimeArithmeticTest.calculate("KZ", Channel.COURIER, RegimeArithmeticTest.TODAY, "300.00",
                "EUR", "2", "0");
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH))
                .isEqualTo("Customs duty: 5 % of the goods' value of 300.00 EUR, so 9300.00 KZT.");
        assertThat(ChargeWords.plain(c.charges().get(1), Locale.ENGLISH))
                .isEqualTo("Import VAT: 16 % of the goods' value plus duty (315.00 EUR), so 31248.00 KZT.");
        assertThat(ChargeWords.plain(c.charges().get(1), RU))
                .isEqualTo("Ввозной НДС: 16 % от стоимости товаров вместе с пошлиной (315.00 EUR), итого 31248.00 KZT.");
        // the region's languages read Russian until their own texts exist
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.forLanguageTag("kk"))).startsWith("Таможенная пошлина: 5 %");
        assertThat(ChargeWords.language(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("uz")))).isEqualTo(RU);
        assertThat(ChargeWords.language(List.of(Locale.forLanguageTag("de")))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theMinimumPerKgIsSaidWhenItApplies() {
        DeMinimisCalculation c = RegimeArithmeticTest.calculate("KZ", Channel.COURIER, LocalDate.of(2026, 3, 25), "300.00",
                "EUR", "40", "0");
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH)).isEqualTo("One charge instead of duty and taxes: "
                + "at least 2.00 EUR for each of the 9 kg above the duty-free allowance, so 11160.00 KZT.");
        assertThat(ChargeWords.plain(c.charges().get(0), RU)).startsWith("Единый платёж вместо пошлин и налогов: не менее 2.00 EUR");
    }

    @Test
    void aFeeTheCourierPaysIsSaidToBeTheCouriers() {
        DeMinimisCalculation c = RegimeArithmeticTest.calculate("UZ", Channel.COURIER, RegimeArithmeticTest.TODAY, "10.00",
                "USD", "1", "0");
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH))
                .isEqualTo("Customs clearance fee for courier items: 8240.00 UZS for each of 1 kg, so 8240.00 UZS."
                        + " The courier pays this itself; it is not part of what you pay.");
        assertThat(ChargeWords.plain(c.charges().get(0), RU)).endsWith("в вашу сумму он не входит.");
    }

    @Test
    void dutyAtSeveralTariffRatesIsSaidAsSuch() {
        CountryCode ge = CountryCode.of("GE");
        Regime regime = RegimeArithmeticTest.CALCULATOR.regimeFor(ge, Channel.COURIER, RegimeArithmeticTest.TODAY).orElseThrow();
        Money perfume = Money.of("200.00", "GEL");
        Money phone = Money.of("200.00", "GEL");
        DeMinimisCalculation c = RegimeArithmeticTest.CALCULATOR.calculate(regime, ge, RegimeArithmeticTest.TODAY,
                new Parcel(perfume.plus(phone), BigDecimal.ONE,
                        List.of(new Parcel.Goods(new HsCode("330300"), perfume), new Parcel.Goods(new HsCode("851713"), phone)),
                        Money.zero(perfume.currency())));
        // 5 % of 200 + 0 % of 200 = 10.00 GEL
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH))
                .isEqualTo("Customs duty at the tariff rates of your goods, on the value it is charged on, 400.00 GEL: 10.00 GEL.");
    }
}
