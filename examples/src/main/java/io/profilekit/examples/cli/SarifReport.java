package io.profilekit.examples.cli;

import io.profilekit.rules.Severity;
import io.profilekit.rules.SourceLocation;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.yaml.ReadException;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code validate --output sarif} report: a SARIF 2.1.0 log of one run, with a rule for every
 * violation code that occurs (and {@code UNREADABLE} for documents that could not be read) and a
 * result for every violation, at its file, line and column when known. Relative files are given
 * relative to {@code %SRCROOT%} with forward slashes, as GitHub code scanning reads them.
 */
final class SarifReport {
    /** The rule of documents that could not be read. */
    static final String UNREADABLE = "UNREADABLE";

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<Map<String, Object>> rules = new ArrayList<>();
    private final List<Map<String, Object>> results = new ArrayList<>();

    /**
     * Adds the violations of a report.
     *
     * @param file the document validated, as messages name it; the place of violations without a location
     * @param report the report, located
     */
    void add(String file, ValidationReport report) {
        for (Violation v : report.violations()) {
            Severity defaultSeverity = ViolationCode.fromName(v.code()).map(ViolationCode::defaultSeverity)
                    .orElse(v.severity());
            String description = ViolationCode.fromName(v.code()).map(ViolationCode::description).orElse(v.code());
            int index = rule(v.code(), description, defaultSeverity);
            String text = (v.path().isEmpty() ? "" : v.path() + ": ") + v.message()
                    + (v.hint().isEmpty() ? "" : " — " + v.hint());
            results.add(result(v.code(), index, level(v.severity()), text,
                    v.location().map(SourceLocation::document).orElse(file),
                    v.location().map(SourceLocation::line).orElse(0),
                    v.location().map(SourceLocation::column).orElse(0), v.path()));
        }
    }

    /**
     * Adds a document that could not be read, at the place of the read error when known.
     *
     * @param file the document, as messages name it
     * @param e why it could not be read
     * @param message the error in one line, for errors other than a {@link ReadException}
     */
    void unreadable(String file, RuntimeException e, String message) {
        int index = rule(UNREADABLE, "The document could not be read: it is not well-formed YAML or JSON, does not"
                + " follow the profile format (an unknown field, a wrong type), holds no profile, or cannot be opened.",
                Severity.ERROR);
        int line = 0;
        int column = 0;
        String text = message;
        if (e instanceof ReadException) {
            ReadException r = (ReadException) e;
            line = r.line().orElse(0);
            column = r.column().orElse(0);
            text = (r.path().isEmpty() ? "" : r.path() + ": ") + r.problem() + (r.hint().isEmpty() ? "" : " — " + r.hint());
        }
        results.add(result(UNREADABLE, index, "error", text, file, line, column,
                e instanceof ReadException ? ((ReadException) e).path() : ""));
    }

    /** The SARIF log, as JSON text. */
    String write() {
        String version = ProfileKitCli.class.getPackage().getImplementationVersion();
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "profilekit");
        driver.put("version", version == null ? "development" : version);
        driver.put("informationUri", "https://github.com/profilekit/profilekit");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return JsonOutput.write(log);
    }

    /** The index of the code's rule, added on its first use. */
    private int rule(String code, String description, Severity defaultSeverity) {
        Integer index = ruleIndex.get(code);
        if (index != null) {
            return index;
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", code);
        rule.put("shortDescription", message(description));
        rule.put("fullDescription", message(description));
        rule.put("defaultConfiguration", Map.of("level", level(defaultSeverity)));
        rules.add(rule);
        ruleIndex.put(code, rules.size() - 1);
        return rules.size() - 1;
    }

    private static Map<String, Object> result(String ruleId, int ruleIndex, String level, String text, String file,
                                              int line, int column, String propertyPath) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIndex);
        result.put("level", level);
        result.put("message", message(text));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(file));
        if (line > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
            physical.put("region", region);
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        if (!propertyPath.isEmpty()) {
            // Where in the profile, as a property path: layers[1].pack.version.
            location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", propertyPath)));
        }
        result.put("locations", List.of(location));
        return result;
    }

    private static Map<String, Object> message(String text) {
        return Map.of("text", text);
    }

    static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /**
     * Where a document is: an absolute file as a {@code file:} URI; a relative one as given, with
     * forward slashes and {@code %SRCROOT%} as its base; standard input by description only.
     */
    static Map<String, Object> artifact(String file) {
        Map<String, Object> location = new LinkedHashMap<>();
        if (file.equals(ProfileKitCli.STDIN)) {
            location.put("description", message("standard input"));
            return location;
        }
        Path path = null;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            // Not a path of this system: written as a relative reference below.
        }
        if (path != null && path.isAbsolute()) {
            location.put("uri", path.toUri().toASCIIString());
            return location;
        }
        String relative = path == null ? file : path.normalize().toString();
        location.put("uri", relativeUri(relative.replace('\\', '/')));
        location.put("uriBaseId", SRCROOT);
        return location;
    }

    /**
     * A relative reference to the path: every character but unreserved ones, sub-delimiters,
     * {@code @} and {@code /} percent-encoded (a {@code :} too, which would read as a scheme).
     */
    static String relativeUri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
            if (plain) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
