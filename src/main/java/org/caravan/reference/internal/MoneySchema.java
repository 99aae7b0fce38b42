package org.caravan.reference.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.caravan.reference.Money;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Documents {@link MoneyJson}'s form once, as the schema {@code Money}, and makes every
 * {@code Money} field in the OpenAPI document refer to it.
 */
@Component
class MoneySchema implements ModelConverter {

    static final String NAME = "Money";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (Json.mapper().constructType(type.getType()).getRawClass() == Money.class) {
            context.defineModel(NAME, schema());
            return new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + NAME);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    static Schema<?> schema() {
        return object("An amount in an ISO 4217 currency, rounded to the currency's minor unit.")
                .addProperty("amount", string("Decimal amount").pattern("^-?[0-9]+(\\.[0-9]+)?$").example("12.50"))
                .addProperty("currency", string("ISO 4217 code").pattern("^[A-Z]{3}$").example("USD"))
                .required(List.of("amount", "currency"))
                .additionalProperties(false);
    }

    private static Schema<Object> object(String description) {
        return new Schema<>().type("object").types(Set.of("object")).description(description);
    }

    private static Schema<Object> string(String description) {
        return new Schema<>().type("string").types(Set.of("string")).description(description);
    }
}
