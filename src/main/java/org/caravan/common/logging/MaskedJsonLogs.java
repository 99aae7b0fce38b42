package org.caravan.common.logging;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The JSON log lines get the same masking as the text ones: the structured encoder writes
 * the message and the stack trace itself, past the pattern converters, so every text value
 * of a line passes through {@link PersonalDataMasking#mask} on its way out.
 */
public class MaskedJsonLogs implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, PersonalDataMasking::mask));
    }
}
