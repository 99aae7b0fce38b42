package org.caravan.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.caravan.reference.Money;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Pins the one JSON form of money every answer uses. */
class MoneyJsonTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new MoneyJson()).build();

    record Charge(Money duty) {
    }

    @Test
    void moneyIsADecimalStringRoundedToTheMinorUnitWithItsCurrency() {
        assertThat(json.writeValueAsString(Money.of("12.5", "USD"))).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"USD\"}");
        assertThat(json.writeValueAsString(Money.of("1234.567", "KZT"))).isEqualTo("{\"amount\":\"1234.57\",\"currency\":\"KZT\"}");
        assertThat(json.writeValueAsString(Money.of("1500.5", "JPY"))).isEqualTo("{\"amount\":\"1501\",\"currency\":\"JPY\"}");
        assertThat(json.writeValueAsString(Money.of("0.00000001", "EUR"))).isEqualTo("{\"amount\":\"0.00\",\"currency\":\"EUR\"}");
    }

    @Test
    void moneyReadBackIsTheRoundedAmount() {
        for (Money money : List.of(Money.of("12.50", "USD"), Money.of("0.07", "EUR"), Money.of("1501", "JPY"))) {
            assertThat(json.readValue(json.writeValueAsString(money), Money.class)).isEqualTo(money);
        }
        Charge charge = new Charge(Money.of("3.456", "USD"));
        assertThat(json.writeValueAsString(charge)).isEqualTo("{\"duty\":{\"amount\":\"3.46\",\"currency\":\"USD\"}}");
        assertThat(json.readValue(json.writeValueAsString(charge), Charge.class)).isEqualTo(new Charge(Money.of("3.46", "USD")));
    }

    @Test
    void moneyInAnyOtherFormIsRefused() {
        for (String other : List.of("12.50", "{\"amount\": 12.5, \"currency\": \"USD\"}", "{\"amount\": \"12.50\"}",
                "{\"amount\": \"twelve\", \"currency\": \"USD\"}", "{\"amount\": \"12.50\", \"currency\": \"usd\"}",
                "{\"amount\": \"12.50\", \"currency\": \"USD\", \"rate\": \"1\"}")) {
            assertThatThrownBy(() -> json.readValue(other, Money.class)).as(other).isInstanceOf(DatabindException.class);
        }
    }
}
