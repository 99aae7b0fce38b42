package org.caravan.reference.internal;

import java.math.BigDecimal;
import java.util.Currency;

import org.caravan.reference.Money;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON form of {@link Money}: {@code {"amount": "12.50", "currency": "USD"}}, the
 * amount a decimal string rounded to the currency's minor unit, so no client parses an
 * amount as a binary float. As a module bean it applies to every {@code Money} field any
 * module answers with. It lives beside {@code Money} rather than in {@code common.web}
 * because {@code reference} already depends on {@code common}.
 */
@Component
class MoneyJson extends SimpleModule {

    MoneyJson() {
        super("caravan-money");
        addSerializer(Money.class, new Writer());
        addDeserializer(Money.class, new Reader());
    }

    private static final class Writer extends StdSerializer<Money> {

        Writer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator out, SerializationContext context) {
            Money rounded = money.rounded();
            out.writeStartObject();
            out.writeStringProperty("amount", rounded.amount().toPlainString());
            out.writeStringProperty("currency", rounded.currency().getCurrencyCode());
            out.writeEndObject();
        }
    }

    private static final class Reader extends StdDeserializer<Money> {

        Reader() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser in, DeserializationContext context) {
            JsonNode node = context.readTree(in);
            JsonNode amount = node.get("amount");
            JsonNode currency = node.get("currency");
            if (!node.isObject() || amount == null || !amount.isString() || currency == null || !currency.isString()
                    || node.size() != 2) {
                return context.reportInputMismatch(this,
                        "money must be {\"amount\": \"<decimal>\", \"currency\": \"<ISO 4217 code>\"}");
            }
            try {
                return Money.of(new BigDecimal(amount.asString()), Currency.getInstance(currency.asString()));
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(this, "money needs a decimal amount and an ISO 4217 currency code");
            }
        }
    }
}
