package io.profilekit.compat.boot4;

import io.profilekit.ClusterProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /profiles/check takes a cluster profile in ProfileKit's document format as JSON — read by
 * Boot's own Jackson 3 JsonMapper, which finds ProfileKitModule through ServiceLoader. Boot's
 * validator (Hibernate Validator with Expression Language) checks the profile's fields (@Valid,
 * 400 with every violation); then ProfileKit's validator checks it against the built-in pack
 * catalog (422 with every violation); a valid profile is resolved and answered with its pinned
 * versions and its Palette API JSON.
 */
@RestController
@RequestMapping("/profiles")
class ProfileController {
    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> check(@Valid @RequestBody ClusterProfile profile) {
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

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> violations = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(f -> violation(f.getField(), code(f), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Map.of("violations", violations));
    }

    /** The ProfileKit code of a Jakarta violation: its Hibernate Validator dynamic payload. */
    private static String code(FieldError error) {
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        String code = hibernate.getDynamicPayload(String.class);
        return code == null ? "" : code;
    }

    private static Map<String, String> violation(String path, String code, String message) {
        return Map.of("path", path, "code", code, "message", message);
    }
}
