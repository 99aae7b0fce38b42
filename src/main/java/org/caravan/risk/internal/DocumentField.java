package org.caravan.risk.internal;

import java.util.ArrayList;
import java.util.List;

import org.caravan.risk.ProfileFormat;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where a value sits in a profile document, as an officer reads it ({@code rules[2].when.hs[0]})
 * and as a JSON pointer, which finds its line again by streaming the text: the tree keeps no
 * locations, and only a refused document needs one.
 */
record DocumentField(List<Object> segments) {

    static final DocumentField ROOT = new DocumentField(List.of());

    private static final ObjectMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static ObjectMapper mapper(ProfileFormat format) {
        return format == ProfileFormat.YAML ? YAML : JSON;
    }

    DocumentField at(String name) {
        return with(name);
    }

    DocumentField at(int index) {
        return with(index);
    }

    private DocumentField with(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new DocumentField(List.copyOf(longer));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(segment);
            }
        }
        return text.toString();
    }

    JsonPointer pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return JsonPointer.compile(pointer.toString());
    }

    /** The line of this field in the document, 0 if the text does not have it. */
    int lineIn(String text, ProfileFormat format) {
        JsonPointer target = pointer();
        try (JsonParser parser = mapper(format).createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.streamReadContext().pathAsPointer().equals(target)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (RuntimeException e) {
            // the tree was read from the same text, so this does not happen; the field is still named
        }
        return 0;
    }
}
