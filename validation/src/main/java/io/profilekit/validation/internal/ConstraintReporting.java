package io.profilekit.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@link FieldProblem}s into Jakarta constraint violations. The message template is never
 * built from user text: it is the constraint's own ({@code {profilekit.problem}} unless the user
 * set another), and the problem's text — which quotes user text — goes in as a message parameter
 * that Hibernate Validator escapes ({@link MessageParameterEscaping#ESCAPE}), so {@code ${…}} and
 * {@code {…}} in a name or tag come out literally. Internal: not part of ProfileKit's API.
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
            hibernate.addMessageParameter(PROBLEM, p.text(), MessageParameterEscaping.ESCAPE)
                    .addMessageParameter(CODE, p.code().name(), MessageParameterEscaping.ESCAPE)
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
