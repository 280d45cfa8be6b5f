package io.profilekit.validation.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileVersion;
import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.VersionSelector;
import io.profilekit.rules.ViolationCode;
import io.profilekit.validation.TagRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field checks of a profile — name, version, tags, pack version selectors — shared by the
 * profile validator's rules and the Jakarta constraint validators, so both report the same
 * problems with the same codes, paths and messages. Pure functions of their arguments; they never
 * throw on non-null input. Internal: not part of ProfileKit's API.
 */
public final class ProfileFieldChecks {
    /** The valid forms of a selector, for hints. */
    public static final String SELECTOR_FORMS = "use an exact version (1.30.4), a train (1.30.x), a group prefix"
            + " (LTS__20.04) or a SemVer range (>=1.29 <1.31, ^1.30, ~1.30.2)";

    private static final int MAX_SELECTOR = 256;
    private static final Pattern LOOSE_VERSION = Pattern.compile("[vV]?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.-]([0-9A-Za-z.-]+))?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final String AWS_SPECIALS = "+-=._:/@";
    private static final String AZURE_FORBIDDEN = "<>%&\\?/";
    private static final List<String> AZURE_RESERVED = List.of("azure", "microsoft", "windows");

    private ProfileFieldChecks() {
    }

    /**
     * Every field check of a profile: name, version, tags (with the given rules) and the version
     * selector of each non-manifest layer.
     *
     * @param profile the profile
     * @param tagRules the tag rules that apply
     * @return the problems, in field order
     */
    public static List<FieldProblem> profileFields(ClusterProfile profile, Set<TagRules> tagRules) {
        List<FieldProblem> out = new ArrayList<>();
        out.addAll(name(profile.name(), "name"));
        out.addAll(version(profile.version().text(), "version"));
        out.addAll(tags(profile.tags(), tagRules, "tags"));
        List<Layer> layers = profile.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).pack().type() != PackType.MANIFEST) {
                out.addAll(selector(layers.get(i).pack().version(), "layers[" + i + "].pack.version"));
            }
        }
        return out;
    }

    /**
     * Checks a profile name: not blank, no leading or trailing whitespace.
     *
     * @param name the name
     * @param path the property path
     * @return the problems
     */
    public static List<FieldProblem> name(String name, String path) {
        if (name.isEmpty()) {
            return List.of(new FieldProblem(ViolationCode.PROFILE_NAME_BLANK, path, "the profile name is empty",
                    "give the profile a name, such as aws-prod-base; it groups all versions of the profile"));
        }
        if (name.isBlank()) {
            return List.of(new FieldProblem(ViolationCode.PROFILE_NAME_BLANK, path,
                    "the profile name " + Texts.quote(name) + " is only whitespace",
                    "give the profile a name, such as aws-prod-base; it groups all versions of the profile"));
        }
        String stripped = name.strip();
        if (!stripped.equals(name)) {
            boolean leading = !name.startsWith(stripped);
            boolean trailing = !name.endsWith(stripped);
            String where = leading && trailing ? "starts and ends" : leading ? "starts" : "ends";
            return List.of(new FieldProblem(ViolationCode.PROFILE_NAME_WHITESPACE, path,
                    "the profile name " + Texts.quote(name) + " " + where + " with whitespace",
                    "use " + Texts.quote(stripped)));
        }
        return List.of();
    }

    /**
     * Checks a profile version: strict SemVer.
     *
     * @param text the version text
     * @param path the property path
     * @return the problems
     */
    public static List<FieldProblem> version(String text, String path) {
        if (ProfileVersion.isValid(text)) {
            return List.of();
        }
        String suggestion = suggestVersion(text);
        return List.of(new FieldProblem(ViolationCode.PROFILE_VERSION_INVALID, path,
                "profile version " + Texts.quote(text) + " is not strict SemVer major.minor.patch[-pre-release]",
                (suggestion == null ? "" : "use " + suggestion + "; ")
                        + "Palette takes versions such as 1.0.0 or 1.2.3-rc.1, not v1.2, 1.2 or 2.2.2.develop"));
    }

    /** A strict SemVer version close to what was written, or null. */
    static String suggestVersion(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > 64) {
            return null;
        }
        Matcher m = LOOSE_VERSION.matcher(trimmed);
        if (!m.matches()) {
            return null;
        }
        String candidate = strip(m.group(1)) + "." + strip(m.group(2) == null ? "0" : m.group(2)) + "."
                + strip(m.group(3) == null ? "0" : m.group(3)) + (m.group(4) == null ? "" : "-" + m.group(4));
        return ProfileVersion.isValid(candidate) && !candidate.equals(text) ? candidate : null;
    }

    private static String strip(String digits) {
        String s = digits.replaceFirst("^0+(?=\\d)", "");
        return s.length() > 9 ? "0" : s;
    }

    /**
     * Checks a pack version selector.
     *
     * @param selector the selector
     * @param path the property path
     * @return the problems
     */
    public static List<FieldProblem> selector(VersionSelector selector, String path) {
        if (selector.isValid()) {
            return List.of();
        }
        String text = selector.toString();
        String why = text.isBlank() ? "is empty" : text.length() > MAX_SELECTOR
                ? "is longer than " + MAX_SELECTOR + " characters"
                : "is not an exact version, a train, a group-prefixed version or a SemVer range";
        return List.of(new FieldProblem(ViolationCode.VERSION_SELECTOR_INVALID, path,
                "pack version " + Texts.quote(text) + " " + why, SELECTOR_FORMS));
    }

    /**
     * Checks an exact pack version: no train ({@code 1.33.x}), range or group prefix.
     *
     * @param text the version text
     * @param path the property path
     * @return the problems
     */
    public static List<FieldProblem> exactPackVersion(String text, String path) {
        VersionSelector selector = VersionSelector.parse(text);
        if (selector.kind() == VersionSelector.Kind.EXACT && selector.group().isEmpty()
                && PackVersion.tryParse(text).isPresent()) {
            return List.of();
        }
        return List.of(new FieldProblem(ViolationCode.VERSION_SELECTOR_INVALID, path,
                "pack version " + Texts.quote(text) + " is not an exact pack version",
                "an optional v, dot-separated numbers and an optional qualifier of letters, digits and . _ + ~ -"
                        + " (e.g. 1.33.6, 22.04, 1.31.2-rev2, v1.12.0)"));
    }

    /**
     * Checks a profile's tags: each tag ({@link #tag}), duplicate keys (case-insensitively if a
     * rule set says so), and the number of tags.
     *
     * @param tags the tags
     * @param rules the tag rules that apply
     * @param path the property path of the tags, e.g. {@code tags}
     * @return the problems
     */
    public static List<FieldProblem> tags(Tags tags, Set<TagRules> rules, String path) {
        List<FieldProblem> out = new ArrayList<>();
        List<Tag> list = tags.asList();
        boolean caseInsensitive = rules.stream().anyMatch(TagRules::caseInsensitiveKeys);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Tag tag = list.get(i);
            String tagPath = path + "[" + i + "]";
            out.addAll(tag(tag, rules, tagPath));
            if (tag.key().isEmpty()) {
                continue;
            }
            String key = caseInsensitive ? tag.key().toLowerCase(Locale.ROOT) : tag.key();
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                Tag first = list.get(earlier);
                String why = first.key().equals(tag.key()) ? "" : "; Azure tag keys are case-insensitive";
                out.add(new FieldProblem(ViolationCode.TAG_KEY_DUPLICATE, tagPath,
                        "tag key " + Texts.quote(tag.key()) + " clashes with " + Texts.quote(first.key()) + " at "
                                + path + "[" + earlier + "]" + why,
                        "keep one of the two tags, or rename one key"));
            }
        }
        TagRules limiting = null;
        for (TagRules r : rules) {
            OptionalInt max = r.maxTags();
            if (max.isPresent() && (limiting == null || max.getAsInt() < limiting.maxTags().getAsInt())) {
                limiting = r;
            }
        }
        if (limiting != null && list.size() > limiting.maxTags().getAsInt()) {
            int max = limiting.maxTags().getAsInt();
            out.add(new FieldProblem(ViolationCode.TAG_LIMIT_EXCEEDED, path,
                    "the profile has " + list.size() + " tags, more than the " + max + " that "
                            + limiting.displayName() + " rules allow on one resource",
                    "remove at least " + (list.size() - max) + " tags (Palette copies profile tags onto the cloud's VMs)"));
        }
        return out;
    }

    /**
     * Checks one tag: a non-empty key, then each rule set's key, value and reserved-prefix rules.
     * Problems of one kind found by several rule sets are merged into one.
     *
     * @param tag the tag
     * @param rules the tag rules that apply
     * @param path the property path, e.g. {@code tags[2]}
     * @return the problems
     */
    public static List<FieldProblem> tag(Tag tag, Set<TagRules> rules, String path) {
        List<FieldProblem> out = new ArrayList<>();
        String key = tag.key();
        if (key.isEmpty()) {
            out.add(new FieldProblem(ViolationCode.TAG_KEY_EMPTY, path,
                    "tag " + Texts.quote(tag.toString()) + " has an empty key",
                    "write key:value or a bare key, such as env:prod or dev"));
        }
        Map<ViolationCode, List<String>> reasons = new LinkedHashMap<>();
        Map<ViolationCode, Set<String>> hints = new LinkedHashMap<>();
        for (TagRules r : rules) {
            if (!key.isEmpty()) {
                List<String> keyProblems = keyProblems(r, key);
                if (!keyProblems.isEmpty()) {
                    reasons.computeIfAbsent(ViolationCode.TAG_KEY_INVALID, k -> new ArrayList<>())
                            .add(r.displayName() + " rules (" + String.join("; ", keyProblems) + ")");
                    hints.computeIfAbsent(ViolationCode.TAG_KEY_INVALID, k -> new LinkedHashSet<>()).add(keyHint(r));
                }
                String reserved = reservedPrefix(r, key);
                if (reserved != null) {
                    reasons.computeIfAbsent(ViolationCode.TAG_KEY_RESERVED, k -> new ArrayList<>())
                            .add(r.displayName() + " rules (prefix " + reserved + " is reserved)");
                    hints.computeIfAbsent(ViolationCode.TAG_KEY_RESERVED, k -> new LinkedHashSet<>())
                            .add("choose a key that does not start with " + reserved);
                }
            }
            if (tag.value().isPresent()) {
                List<String> valueProblems = valueProblems(r, tag.value().get());
                if (!valueProblems.isEmpty()) {
                    reasons.computeIfAbsent(ViolationCode.TAG_VALUE_INVALID, k -> new ArrayList<>())
                            .add(r.displayName() + " rules (" + String.join("; ", valueProblems) + ")");
                    hints.computeIfAbsent(ViolationCode.TAG_VALUE_INVALID, k -> new LinkedHashSet<>()).add(valueHint(r));
                }
            }
        }
        for (Map.Entry<ViolationCode, List<String>> e : reasons.entrySet()) {
            String subject = e.getKey() == ViolationCode.TAG_VALUE_INVALID
                    ? "tag value " + Texts.quote(tag.value().orElse("")) + " of key " + Texts.quote(key)
                    : "tag key " + Texts.quote(key);
            String verb = e.getKey() == ViolationCode.TAG_KEY_RESERVED ? " uses a reserved prefix under " : " breaks the ";
            out.add(new FieldProblem(e.getKey(), path, subject + verb + String.join(" and the ", e.getValue()),
                    String.join("; ", hints.get(e.getKey()))));
        }
        return out;
    }

    private static List<String> keyProblems(TagRules r, String key) {
        List<String> problems = new ArrayList<>();
        int length = Texts.length(key);
        switch (r) {
            case AWS:
                if (length > 128) {
                    problems.add(tooLong(length, 128));
                }
                badChars(key, ProfileFieldChecks::awsChar, problems);
                break;
            case AZURE:
                if (length > 512) {
                    problems.add(tooLong(length, 512));
                }
                badChars(key, cp -> AZURE_FORBIDDEN.indexOf(cp) < 0, problems);
                break;
            case GCP:
                if (length > 63) {
                    problems.add(tooLong(length, 63));
                }
                if (!gcpLetter(key.codePointAt(0))) {
                    problems.add("starts with " + Texts.quote(new String(Character.toChars(key.codePointAt(0))))
                            + ", not a lowercase letter");
                }
                badChars(key, ProfileFieldChecks::gcpChar, problems);
                break;
            case KUBERNETES_LABELS:
                kubernetesKeyProblems(key, problems);
                break;
            default:
                break;
        }
        return problems;
    }

    private static List<String> valueProblems(TagRules r, String value) {
        List<String> problems = new ArrayList<>();
        int length = Texts.length(value);
        switch (r) {
            case AWS:
                if (length > 256) {
                    problems.add(tooLong(length, 256));
                }
                badChars(value, ProfileFieldChecks::awsChar, problems);
                break;
            case AZURE:
                if (length > 256) {
                    problems.add(tooLong(length, 256));
                }
                break;
            case GCP:
                if (length > 63) {
                    problems.add(tooLong(length, 63));
                }
                badChars(value, ProfileFieldChecks::gcpChar, problems);
                break;
            case KUBERNETES_LABELS:
                if (!value.isEmpty()) {
                    labelNameProblems(value, problems);
                }
                break;
            default:
                break;
        }
        return problems;
    }

    private static String keyHint(TagRules r) {
        switch (r) {
            case AWS:
                return "AWS tag keys have 1 to 128 letters, digits, spaces and + - = . _ : / @";
            case AZURE:
                return "Azure tag keys have 1 to 512 characters, none of < > % & \\ ? /";
            case GCP:
                return "GCP label keys have 1 to 63 lowercase letters, digits, _ and -, and start with a lowercase letter";
            default:
                return "Kubernetes label keys are an optional DNS-subdomain prefix (lowercase, at most 253 characters)"
                        + " and /, then a name of at most 63 letters, digits, - _ . that starts and ends with a letter"
                        + " or digit";
        }
    }

    private static String valueHint(TagRules r) {
        switch (r) {
            case AWS:
                return "AWS tag values have at most 256 letters, digits, spaces and + - = . _ : / @";
            case AZURE:
                return "Azure tag values have at most 256 characters";
            case GCP:
                return "GCP label values have at most 63 lowercase letters, digits, _ and -";
            default:
                return "Kubernetes label values are empty, or at most 63 letters, digits, - _ . that start and end"
                        + " with a letter or digit";
        }
    }

    private static String reservedPrefix(TagRules r, String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        switch (r) {
            case AWS:
                return lower.startsWith("aws:") ? "aws:" : null;
            case AZURE:
                for (String prefix : AZURE_RESERVED) {
                    if (lower.startsWith(prefix)) {
                        return prefix;
                    }
                }
                return null;
            case KUBERNETES_LABELS:
                int slash = key.indexOf('/');
                if (slash < 0) {
                    return null;
                }
                String prefix = lower.substring(0, slash);
                for (String reserved : List.of("kubernetes.io", "k8s.io")) {
                    if (prefix.equals(reserved) || prefix.endsWith("." + reserved)) {
                        return reserved + "/";
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static void kubernetesKeyProblems(String key, List<String> problems) {
        int slash = key.indexOf('/');
        String name = key;
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (prefix.isEmpty()) {
                problems.add("the prefix before / is empty");
            } else if (Texts.length(prefix) > 253) {
                problems.add("the prefix is " + Texts.length(prefix) + " characters long (at most 253)");
            } else if (!DNS_SUBDOMAIN.matcher(prefix).matches()) {
                problems.add("the prefix " + Texts.quote(prefix) + " is not a lowercase DNS subdomain");
            }
            if (name.isEmpty()) {
                problems.add("the name after / is empty");
                return;
            }
        }
        labelNameProblems(name, problems);
    }

    /** The rules for a label name (and a label value): ≤ 63, [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?. */
    private static void labelNameProblems(String name, List<String> problems) {
        int length = Texts.length(name);
        if (length > 63) {
            problems.add(tooLong(length, 63));
        }
        badChars(name, cp -> asciiAlnum(cp) || cp == '-' || cp == '_' || cp == '.', problems);
        int first = name.codePointAt(0);
        int last = name.codePointBefore(name.length());
        if (!asciiAlnum(first) || !asciiAlnum(last)) {
            problems.add("does not start and end with a letter or digit");
        }
    }

    private static String tooLong(int length, int max) {
        return "is " + length + " characters long, at most " + max + " allowed";
    }

    private static void badChars(String text, java.util.function.IntPredicate allowed, List<String> problems) {
        Set<Integer> bad = new LinkedHashSet<>();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!allowed.test(cp)) {
                bad.add(cp);
                count++;
                if (bad.size() > 3) {
                    break;
                }
            }
        }
        if (count == 0) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (int cp : bad) {
            if (shown.size() == 3) {
                shown.add("…");
                break;
            }
            shown.add(Texts.quote(new String(Character.toChars(cp))));
        }
        problems.add("contains " + String.join(", ", shown));
    }

    private static boolean awsChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR
                || AWS_SPECIALS.indexOf(cp) >= 0;
    }

    /** A lowercase letter, or a letter without case (international characters are allowed). */
    private static boolean gcpLetter(int cp) {
        return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isTitleCase(cp);
    }

    private static boolean gcpChar(int cp) {
        return gcpLetter(cp) || Character.isDigit(cp) || cp == '_' || cp == '-';
    }

    private static boolean asciiAlnum(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
}
