package org.caravan.interchange.internal.edifact;

import io.xlate.edi.stream.EDIStreamValidationError;

/** The UN/EDIFACT syntax error codes (data element 0085) Caravan reports, and StAEDI's errors in those terms. */
public final class SyntaxCodes {

    public static final String INVALID_VALUE = "12";
    public static final String MISSING = "13";
    public static final String VALUE_NOT_SUPPORTED = "14";
    public static final String NOT_SUPPORTED_IN_POSITION = "15";
    public static final String TOO_MANY_CONSTITUENTS = "16";
    public static final String UNSPECIFIED = "18";
    public static final String INVALID_CHARACTERS = "21";
    public static final String INVALID_SERVICE_CHARACTERS = "22";
    public static final String DUPLICATE = "26";
    public static final String REFERENCES_DO_NOT_MATCH = "28";
    public static final String COUNT_DOES_NOT_MATCH = "29";
    public static final String LOWER_LEVEL_EMPTY = "32";
    public static final String TOO_MANY_REPETITIONS = "35";
    public static final String TOO_MANY_GROUP_REPETITIONS = "36";
    public static final String INVALID_CHARACTER_TYPE = "37";
    public static final String TOO_LONG = "39";
    public static final String TOO_SHORT = "40";

    private SyntaxCodes() {
    }

    static String of(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
                    SEGMENT_NOT_IN_PROPER_SEQUENCE, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                    IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> NOT_SUPPORTED_IN_POSITION;
            case MANDATORY_SEGMENT_MISSING, REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                    CONDITIONAL_REQUIRED_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
                    IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> MISSING;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> TOO_MANY_GROUP_REPETITIONS;
            case SEGMENT_EXCEEDS_MAXIMUM_USE, TOO_MANY_REPETITIONS -> TOO_MANY_REPETITIONS;
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS -> TOO_MANY_CONSTITUENTS;
            case DATA_ELEMENT_TOO_LONG -> TOO_LONG;
            case DATA_ELEMENT_TOO_SHORT -> TOO_SHORT;
            case INVALID_CHARACTER_DATA -> INVALID_CHARACTER_TYPE;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE, INVALID_DATE, INVALID_TIME,
                    IMPLEMENTATION_PATTERN_MATCH_FAILURE -> INVALID_VALUE;
            case CONTROL_REFERENCE_MISMATCH -> REFERENCES_DO_NOT_MATCH;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> COUNT_DOES_NOT_MATCH;
            default -> UNSPECIFIED;
        };
    }

    static String describe(EDIStreamValidationError error) {
        return error.name().toLowerCase().replace('_', ' ');
    }
}
