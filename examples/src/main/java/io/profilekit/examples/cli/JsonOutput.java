package io.profilekit.examples.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the command line's JSON output. */
final class JsonOutput {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
