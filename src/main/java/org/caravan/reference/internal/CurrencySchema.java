package org.caravan.reference.internal;

import java.util.Currency;
import java.util.Iterator;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/** A {@link Currency} is written as its ISO 4217 code, and documented so, not as the JDK object's properties. */
@Component
class CurrencySchema implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (Json.mapper().constructType(type.getType()).getRawClass() == Currency.class) {
            return new Schema<>().type("string").types(Set.of("string")).pattern("^[A-Z]{3}$")
                    .description("ISO 4217 currency code").example("KZT");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
