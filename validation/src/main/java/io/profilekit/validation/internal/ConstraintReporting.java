package io.profilekit.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@link FieldProblem}s into Jakarta constraint violations. The message template is never
 * built from user text: it is the constraint's own ({@code {profilekit.problem}} unless the user
 * set another), and the problem's text — which quotes user text — goes in as a message parameter,
 * escaped by ProfileKit, so {@code ${…}}, {@code {…}}, {@code $} and {@code \} in a name or tag come
 * out literally and are never evaluated. Only API that Hibernate Validator 8.0 already has is used
 * ({@link HibernateConstraintValidatorContext#addMessageParameter(String, Object)}); see
 * {@link #literal(String)} for why the value is handed over as it is. Internal: not part of
 * ProfileKit's API.
 */
final class ConstraintReporting {
    /** The parameter holding the problem text and hint. */
    static final String PROBLEM = "profilekit.problem";
    /** The parameter holding the code. */
    static final String CODE = "profilekit.code";

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d+)])?");

    private ConstraintReporting() {
    }

    /**
     * Reports problems; returns whether there were none.
     *
     * @param context the validator context
     * @param problems the problems
     * @param withPaths whether to point each violation at the problem's property path (class-level
     *     constraints) or at the annotated element itself (property-level constraints)
     * @return true if {@code problems} is empty
     */
    static boolean report(ConstraintValidatorContext context, List<FieldProblem> problems, boolean withPaths) {
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String template = context.getDefaultConstraintMessageTemplate();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (FieldProblem p : problems) {
            // A code is an enum constant's name: letters, digits and '_', which no Hibernate Validator
            // version escapes or unescapes.
            hibernate.addMessageParameter(PROBLEM, literal(p.text()))
                    .addMessageParameter(CODE, p.code().name())
                    .withDynamicPayload(p.code().name());
            ConstraintViolationBuilder builder = hibernate.buildConstraintViolationWithTemplate(template);
            if (withPaths) {
                addAtPath(builder, p.path());
            } else {
                builder.addConstraintViolation();
            }
        }
        return false;
    }

    /**
     * A message-parameter value that Hibernate Validator turns back into exactly {@code text}.
     *
     * <p>Every Hibernate Validator ends interpolation by unescaping backslash-brace, backslash-dollar
     * and double backslash in the whole message, parameter values included, and an interpolator
     * with Expression Language evaluates any {@code ${…}} left unescaped in the message. So the
     * value must carry the text escaped exactly once. Who escapes differs by release: up to 8.0.5,
     * 9.0.1 and 9.1.4 a value is used as given; from 8.0.6, 9.0.2 and 9.1.5 on, a {@code String}
     * (or any other object's {@code toString()}) is escaped by the validator itself unless its
     * factory is configured not to ({@code hibernate.validator.message_parameter_escaping}) — but a
     * {@link Number} is passed through as given on every release and configuration, since a
     * number's text needs no escaping. Handing the escaped text over as a {@code Number} therefore
     * makes the message exact everywhere, with or without Expression Language, whatever the
     * validator's version or settings. {@code ConstraintReportingTest} holds this for each
     * interpolator and setting; the compat builds run it on Hibernate Validator 8.0 and 9.0.
     *
     * @param text the text to appear literally in the message
     * @return the value for {@code addMessageParameter}
     */
    static Object literal(String text) {
        return new EscapedText(escape(text));
    }

    /**
     * Escapes the characters Jakarta message interpolation gives a meaning to — backslash, both
     * curly braces and {@code $} — each by a backslash.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append('\\');
            }
            if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /**
     * Escaped message text that Hibernate Validator passes through untouched until its final
     * unescaping; see {@link #literal(String)}. Its numeric values are meaningless and never read.
     */
    static final class EscapedText extends Number {
        private static final long serialVersionUID = 1L;

        /** The escaped text. */
        private final String escaped;

        EscapedText(String escaped) {
            this.escaped = escaped;
        }

        /** The escaped text, which the interpolator puts into the message. */
        @Override
        public String toString() {
            return escaped;
        }

        @Override
        public int intValue() {
            return 0;
        }

        @Override
        public long longValue() {
            return 0;
        }

        @Override
        public float floatValue() {
            return 0;
        }

        @Override
        public double doubleValue() {
            return 0;
        }
    }

    /**
     * Adds a violation at a path made of the shapes field checks produce: {@code name},
     * {@code tags[2]}, {@code layers[1].pack.version}.
     */
    private static void addAtPath(ConstraintViolationBuilder builder, String path) {
        String[] parts = path.isEmpty() ? new String[0] : path.split("\\.");
        if (parts.length == 0) {
            builder.addConstraintViolation();
            return;
        }
        Matcher first = SEGMENT.matcher(parts[0]);
        if (!first.matches()) {
            builder.addPropertyNode(path).addConstraintViolation();
            return;
        }
        ConstraintViolationBuilder.NodeBuilderCustomizableContext node = builder.addPropertyNode(first.group(1));
        Integer pendingIndex = first.group(2) == null ? null : Integer.valueOf(first.group(2));
        if (parts.length == 1) {
            if (pendingIndex == null) {
                node.addConstraintViolation();
            } else {
                node.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
            }
            return;
        }
        for (int k = 1; k < parts.length; k++) {
            Matcher m = SEGMENT.matcher(parts[k]);
            String name = m.matches() ? m.group(1) : parts[k];
            ConstraintViolationBuilder.NodeBuilderCustomizableContext next = node.addPropertyNode(name);
            if (pendingIndex != null) {
                // The index belongs to the previous node; Jakarta records it on the node that follows.
                ConstraintViolationBuilder.NodeBuilderDefinedContext defined = next.inIterable().atIndex(pendingIndex);
                if (k == parts.length - 1) {
                    if (m.matches() && m.group(2) != null) {
                        defined.addBeanNode().inIterable().atIndex(Integer.valueOf(m.group(2))).addConstraintViolation();
                    } else {
                        defined.addConstraintViolation();
                    }
                    return;
                }
                k++;
                Matcher n = SEGMENT.matcher(parts[k]);
                next = defined.addPropertyNode(n.matches() ? n.group(1) : parts[k]);
                m = n;
            }
            node = next;
            pendingIndex = m.matches() && m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
        }
        if (pendingIndex == null) {
            node.addConstraintViolation();
        } else {
            node.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
        }
    }
}
