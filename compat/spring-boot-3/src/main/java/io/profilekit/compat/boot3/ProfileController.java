package io.profilekit.compat.boot3;

import io.profilekit.ClusterProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileParseException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /profiles/check takes a ProfileKit YAML document as text (Boot 3.5's Jackson is 2.x, so
 * ProfileKit reads the document itself). Boot's validator (Hibernate Validator 8 with Expression
 * Language) checks the profile's fields (400 with every violation); then ProfileKit's validator
 * checks it against the built-in pack catalog (422 with every violation); a valid profile is
 * resolved and answered — through Boot's Jackson 2 ObjectMapper — with its pinned versions and
 * its Palette API JSON.
 */
@RestController
@RequestMapping("/profiles")
class ProfileController {
    static final String YAML = "application/yaml";

    private final Validator validator;

    ProfileController(Validator validator) {
        this.validator = validator;
    }

    @PostMapping(path = "/check", consumes = {YAML, MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> check(@RequestBody String document) {
        ClusterProfile profile;
        try {
            profile = ProfileDocuments.yaml().read(document);
        } catch (ProfileParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        List<Map<String, String>> fieldProblems = validator.validate(profile).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> violation(v.getPropertyPath().toString(), code(v), v.getMessage()))
                .toList();
        if (!fieldProblems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("violations", fieldProblems));
        }
        PackRegistry registry = PackRegistries.builtIn();
        ValidationReport report = ProfileValidator.of(registry).validate(profile);
        if (!report.isValid()) {
            List<Map<String, String>> violations = report.violations().stream()
                    .map(v -> violation(v.path(), v.code(), v.message() + " (hint: " + v.hint() + ")"))
                    .toList();
            return ResponseEntity.status(422).body(Map.of("violations", violations));
        }
        ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);
        Map<String, String> versions = new LinkedHashMap<>();
        locked.layers().forEach(l -> versions.put(l.layer().pack().name(), l.version().orElseThrow().toString()));
        return ResponseEntity.ok(Map.of(
                "name", profile.name(),
                "versions", versions,
                "paletteApiJson", ProfileDocuments.paletteApiJson().write(locked)));
    }

    /** The ProfileKit code of a Jakarta violation: its Hibernate Validator dynamic payload. */
    private static String code(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        String code = hibernate.getDynamicPayload(String.class);
        return code == null ? "" : code;
    }

    private static Map<String, String> violation(String path, String code, String message) {
        return Map.of("path", path, "code", code, "message", message);
    }
}
