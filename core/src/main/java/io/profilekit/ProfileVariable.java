package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile variable (Palette's {@code V1Variable}): a value asked for when a cluster is deployed,
 * used in a layer's values as {@code '{{.spectro.var.<name>}}'}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProfileVariable replicas = ProfileVariable.builder("app_replicas")
 *     .displayName("Hello Universe Replicas")
 *     .format(VariableFormat.NUMBER)
 *     .defaultValue("1")
 *     .required(true)
 *     .build();
 * AddOnProfile.builder().name("hello").variable(replicas)
 *     .addOn("hello-universe", "1.3.0", a -> a.values("replicas: '{{.spectro.var.app_replicas}}'\n"))
 *     .build();
 * }</pre>
 *
 * <p>The builder checks structure only (no null); Palette's rules — unique names, a default for a
 * required variable, a dropdown default among the options, a default that fits the format and
 * regex — are the validator's.
 */
public final class ProfileVariable {
    private final String name;
    private final String displayName;
    private final String description;
    private final VariableFormat format;
    private final VariableInputType inputType;
    private final String defaultValue;
    private final String regex;
    private final boolean required;
    private final boolean hidden;
    private final boolean immutable;
    private final boolean sensitive;
    private final List<VariableOption> options;

    private ProfileVariable(Builder b) {
        this.name = b.name;
        this.displayName = b.displayName;
        this.description = b.description;
        this.format = b.format;
        this.inputType = b.inputType;
        this.defaultValue = b.defaultValue;
        this.regex = b.regex;
        this.required = b.required;
        this.hidden = b.hidden;
        this.immutable = b.immutable;
        this.sensitive = b.sensitive;
        this.options = List.copyOf(b.options);
    }

    /**
     * A builder for a variable with the given name.
     *
     * @param name the name used in macros, e.g. {@code "app_replicas"}
     * @return a builder; text format, text input, nothing required
     */
    public static Builder builder(String name) {
        return new Builder(Checks.notNull(name, "variable.name"));
    }

    /**
     * A builder holding this variable's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.displayName = displayName;
        b.description = description;
        b.format = format;
        b.inputType = inputType;
        b.defaultValue = defaultValue;
        b.regex = regex;
        b.required = required;
        b.hidden = hidden;
        b.immutable = immutable;
        b.sensitive = sensitive;
        b.options.addAll(options);
        return b;
    }

    /** @return the name used in macros ({@code {{.spectro.var.<name>}}}) */
    public String name() {
        return name;
    }

    /** @return the name the console shows; empty if not set */
    public String displayName() {
        return displayName;
    }

    /** @return the description; empty if not set */
    public String description() {
        return description;
    }

    /** @return the value's format; {@link VariableFormat#STRING} unless set */
    public VariableFormat format() {
        return format;
    }

    /** @return how the console asks for the value; {@link VariableInputType#TEXT} unless set */
    public VariableInputType inputType() {
        return inputType;
    }

    /** @return the default value, or empty */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** @return the regular expression (Go syntax in Palette) the value must match, or empty */
    public Optional<String> regex() {
        return Optional.ofNullable(regex);
    }

    /** @return whether a value is required */
    public boolean required() {
        return required;
    }

    /** @return whether the console hides the variable */
    public boolean hidden() {
        return hidden;
    }

    /** @return whether the value cannot change after deployment */
    public boolean immutable() {
        return immutable;
    }

    /** @return whether the value is sensitive (masked on export) */
    public boolean sensitive() {
        return sensitive;
    }

    /** @return the choices of a dropdown, possibly empty */
    public List<VariableOption> options() {
        return options;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProfileVariable)) {
            return false;
        }
        ProfileVariable v = (ProfileVariable) o;
        return name.equals(v.name) && displayName.equals(v.displayName) && description.equals(v.description)
                && format == v.format && inputType == v.inputType && Objects.equals(defaultValue, v.defaultValue)
                && Objects.equals(regex, v.regex) && required == v.required && hidden == v.hidden
                && immutable == v.immutable && sensitive == v.sensitive && options.equals(v.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, displayName, description, format, inputType, defaultValue, regex, required, hidden,
                immutable, sensitive, options);
    }

    /**
     * The name, format and what is set.
     *
     * @return e.g. {@code "app_replicas (number, default 1, required)"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(" (").append(format);
        if (defaultValue != null) {
            sb.append(", default ").append(sensitive ? "***" : defaultValue);
        }
        if (required) {
            sb.append(", required");
        }
        if (hidden) {
            sb.append(", hidden");
        }
        return sb.append(')').toString();
    }

    /** Builds a {@link ProfileVariable}. Setters reject null at once. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String displayName = "";
        private String description = "";
        private VariableFormat format = VariableFormat.STRING;
        private VariableInputType inputType = VariableInputType.TEXT;
        private String defaultValue;
        private String regex;
        private boolean required;
        private boolean hidden;
        private boolean immutable;
        private boolean sensitive;
        private final List<VariableOption> options = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the name the console shows.
         *
         * @param text e.g. {@code "Replicas"}
         * @return this builder
         */
        public Builder displayName(String text) {
            this.displayName = Checks.notNull(text, "variable.displayName");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Checks.notNull(text, "variable.description");
            return this;
        }

        /**
         * Sets the format (default {@link VariableFormat#STRING}).
         *
         * @param valueFormat the format
         * @return this builder
         */
        public Builder format(VariableFormat valueFormat) {
            this.format = Checks.notNull(valueFormat, "variable.format");
            return this;
        }

        /**
         * Sets the input type (default {@link VariableInputType#TEXT}).
         *
         * @param type the input type
         * @return this builder
         */
        public Builder inputType(VariableInputType type) {
            this.inputType = Checks.notNull(type, "variable.inputType");
            return this;
        }

        /**
         * Sets the default value.
         *
         * @param value the default
         * @return this builder
         */
        public Builder defaultValue(String value) {
            this.defaultValue = Checks.notNull(value, "variable.defaultValue");
            return this;
        }

        /**
         * Sets the regular expression the value must match.
         *
         * @param pattern the pattern
         * @return this builder
         */
        public Builder regex(String pattern) {
            this.regex = Checks.notNull(pattern, "variable.regex");
            return this;
        }

        /**
         * Sets whether a value is required.
         *
         * @param flag true if required
         * @return this builder
         */
        public Builder required(boolean flag) {
            this.required = flag;
            return this;
        }

        /**
         * Sets whether the console hides the variable.
         *
         * @param flag true if hidden
         * @return this builder
         */
        public Builder hidden(boolean flag) {
            this.hidden = flag;
            return this;
        }

        /**
         * Sets whether the value cannot change after deployment.
         *
         * @param flag true if immutable
         * @return this builder
         */
        public Builder immutable(boolean flag) {
            this.immutable = flag;
            return this;
        }

        /**
         * Sets whether the value is sensitive.
         *
         * @param flag true if sensitive
         * @return this builder
         */
        public Builder sensitive(boolean flag) {
            this.sensitive = flag;
            return this;
        }

        /**
         * Adds a dropdown option.
         *
         * @param option the option
         * @return this builder
         */
        public Builder option(VariableOption option) {
            options.add(Checks.notNull(option, "variable.options[" + options.size() + "]"));
            return this;
        }

        /**
         * Adds a dropdown option with a label and a value.
         *
         * @param label what the console shows
         * @param value the value chosen
         * @return this builder
         */
        public Builder option(String label, String value) {
            return option(VariableOption.of(label, value));
        }

        /**
         * Replaces the dropdown options.
         *
         * @param newOptions the options
         * @return this builder
         */
        public Builder options(Collection<VariableOption> newOptions) {
            List<VariableOption> copy = Checks.copyNoNulls(newOptions, "variable.options");
            options.clear();
            options.addAll(copy);
            return this;
        }

        /**
         * Builds the variable.
         *
         * @return a new immutable variable
         */
        public ProfileVariable build() {
            return new ProfileVariable(this);
        }
    }
}
