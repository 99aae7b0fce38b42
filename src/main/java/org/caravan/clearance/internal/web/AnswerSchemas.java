package org.caravan.clearance.internal.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The clearance answers are records of this package and of the case model: in their
 * schemas every component that is not {@link Optional} is required and nothing else may
 * appear, so the contract test catches an answer that drifts from the document. Request
 * bodies (records named {@code …Body}) are left open: every field of a request may be missing.
 */
@Component
class AnswerSchemas implements ModelConverter {

    private static final List<String> PACKAGES = List.of("org.caravan.clearance.internal.web",
            "org.caravan.clearance.internal.model");

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord() || !PACKAGES.contains(raw.getPackageName())
                || raw.getSimpleName().endsWith("Body")) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null) {
            List<String> required = new ArrayList<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getType() != Optional.class) {
                    required.add(component.getName());
                }
            }
            model.setRequired(required);
            model.setAdditionalProperties(false);
        }
        return schema;
    }
}
