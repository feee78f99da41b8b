package org.mailroom.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson set-up for workspace files: strict on reading (no duplicate keys, no unknown fields,
 * no "993" for 993, no 5.5 for 5) and limited far above any real workspace, so a hostile file is
 * refused early instead of exhausting memory or the stack.
 */
final class WorkspaceJson {

    /** A workspace of 10,000 mailboxes exports to about 3 MB. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_DEPTH = 16;
    /** Longer than any name, address or sealed secret, far shorter than an attack. */
    static final int MAX_STRING_LENGTH = 16 * 1024;
    static final int MAX_NUMBER_LENGTH = 20;
    static final int MAX_NAME_LENGTH = 256;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .maxDocumentLength(MAX_FILE_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private WorkspaceJson() {
    }
}
