package org.caravan.common.web;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses U+0000 in every string of every request body, where it is parsed: PostgreSQL
 * cannot store it and no customs field means it, so it is a 400 naming the field rather
 * than a database error after validation.
 */
@Component
class TextWithoutNul extends SimpleModule {

    TextWithoutNul() {
        super("caravan-text-without-nul");
        addDeserializer(String.class, new Strings());
    }

    private static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value.replace('\u0000', ' '),
                        "must not contain the NUL character (U+0000)");
            }
            return value;
        }
    }
}
