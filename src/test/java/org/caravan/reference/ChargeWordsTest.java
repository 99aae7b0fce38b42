package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
                .isEqualTo("Customs duty of 5 % of the goods' value (300.00 EUR): 9300.00 KZT.");
        assertThat(ChargeWords.plain(c.charges().get(1), Locale.ENGLISH))
                .isEqualTo("Import VAT of 16 % of the goods' value plus duty (315.00 EUR): 31248.00 KZT.");
        assertThat(ChargeWords.plain(c.charges().get(1), RU))
                .isEqualTo("Ввозной НДС 16 % от стоимости товаров с пошлиной (315.00 EUR): 31248.00 KZT.");
        // a language without its own texts reads English
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.forLanguageTag("kk"))).startsWith("Customs duty of 5 %");
    }

    @Test
    void theMinimumPerKgIsSaidWhenItApplies() {
        DeMinimisCalculation c = RegimeArithmeticTest.calculate("KZ", Channel.COURIER, LocalDate.of(2026, 3, 25), "300.00",
                "EUR", "40", "0");
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH)).isEqualTo("One customs payment covers duty and VAT: "
                + "2.00 EUR for each kg above the weight limit (9 kg), more than 15 % of the value above the limit: 11160.00 KZT.");
        assertThat(ChargeWords.plain(c.charges().get(0), RU)).startsWith("Единый таможенный платёж заменяет пошлину и НДС: 2.00 EUR");
    }

    @Test
    void aFeeTheCourierPaysIsSaidToBeTheCouriers() {
        DeMinimisCalculation c = RegimeArithmeticTest.calculate("UZ", Channel.COURIER, RegimeArithmeticTest.TODAY, "10.00",
                "USD", "1", "0");
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH))
                .isEqualTo("Customs clearance fee for courier items: 8240.00 UZS, paid by the courier, not by you.");
        assertThat(ChargeWords.plain(c.charges().get(0), RU)).endsWith("платит курьерская служба, а не вы.");
    }

    @Test
    void dutyAtSeveralTariffRatesIsSaidAsSuch() {
        CountryCode ge = CountryCode.of("GE");
        Regime regime = RegimeArithmeticTest.CALCULATOR.regimeFor(ge, Channel.COURIER, RegimeArithmeticTest.TODAY).orElseThrow();
        Money perfume = Money.of("200.00", "GEL");
        Money phone = Money.of("200.00", "GEL");
        DeMinimisCalculation c = RegimeArithmeticTest.CALCULATOR.calculate(regime, ge, RegimeArithmeticTest.TODAY,
                new Parcel(perfume.plus(phone), java.math.BigDecimal.ONE,
                        java.util.List.of(new Parcel.Goods(new HsCode("330300"), perfume), new Parcel.Goods(new HsCode("851713"), phone)),
                        Money.zero(perfume.currency())));
        // 5 % of 200 + 0 % of 200 = 10.00 GEL
        assertThat(ChargeWords.plain(c.charges().get(0), Locale.ENGLISH))
                .isEqualTo("Customs duty at the tariff rate of each kind of goods, on 400.00 GEL: 10.00 GEL.");
    }
}
