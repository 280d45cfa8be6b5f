package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;

/**
 * The structure of a YAML or JSON input as a stream of events, each with the place it starts:
 * mappings, lists, scalars (mapping keys included) and aliases. YAML document boundaries are not
 * events: the roots of a stream follow one another. {@link TreeReader} turns events into
 * {@link Node}s and enforces ProfileKit's rules; an implementation only translates one parser's
 * view, and turns that parser's failures into {@link ProfileParseException}s with a line and
 * column. One instance per input; not thread-safe.
 */
public abstract class Events implements AutoCloseable {
    /** What an event is. */
    public enum Type {
        /** A mapping starts. */
        MAP_START,
        /** The innermost open mapping ends. */
        MAP_END,
        /** A list starts. */
        LIST_START,
        /** The innermost open list ends. */
        LIST_END,
        /** A scalar: a value or a mapping key. */
        SCALAR,
        /** A YAML alias ({@code *name}); {@link #text()} is the anchor's name. */
        ALIAS
    }

    private final String documentName;

    /** @param documentName the input's name, for messages */
    Events(String documentName) {
        this.documentName = documentName;
    }

    /** @return the input's name, for messages */
    public final String documentName() {
        return documentName;
    }

    /**
     * Moves to the next event.
     *
     * @return its type, or null at the end of the input
     * @throws ProfileParseException if the input is malformed (with an empty path)
     */
    public abstract Type next();

    /** @return the 1-based line where the current event starts, 0 if unknown */
    public abstract int line();

    /** @return the 1-based column where the current event starts, 0 if unknown */
    public abstract int column();

    /** @return the text of the current scalar as written, or the name an alias refers to */
    public abstract String text();

    /** @return what the current scalar was written as (plain text, a number, a boolean, null) */
    public abstract Node.ScalarKind kind();

    /** @return the anchor ({@code &name}) on the current node, or null */
    public abstract String anchor();

    /**
     * The explicit tag on the current node, as the parser reports it.
     *
     * @return e.g. {@code tag:yaml.org,2002:str} or {@code !custom}; null when there is none
     */
    public abstract String tag();

    /**
     * Whether anchors on single values and keys are reported. Jackson's own YAML parser, behind a
     * user's mapper, reports anchors on mappings and lists only.
     *
     * @return true if {@link #anchor()} is known for every node
     */
    public abstract boolean reportsEveryAnchor();

    /** @return true for YAML input, false for JSON */
    public abstract boolean isYaml();

    /**
     * A parse error at the current event.
     *
     * @param problem what is wrong
     * @param hint how to fix it, or empty
     * @param cause the parser's exception, or null
     * @return the exception, to throw
     */
    final ProfileParseException fail(String problem, String hint, Throwable cause) {
        return fail(line(), column(), problem, hint, cause);
    }

    /**
     * A parse error at a place.
     *
     * @param line the 1-based line, 0 if unknown
     * @param column the 1-based column, 0 if unknown
     * @param problem what is wrong
     * @param hint how to fix it, or empty
     * @param cause the parser's exception, or null
     * @return the exception, to throw
     */
    final ProfileParseException fail(int line, int column, String problem, String hint, Throwable cause) {
        return new ProfileParseException(documentName, line, column, "", problem, hint, cause);
    }

    /** Releases the parser; reading from text holds nothing that could fail to close. */
    @Override
    public abstract void close();

    /**
     * The first line of a parser's message, cut to a readable length.
     *
     * @param message the message
     * @return one line of at most 300 characters
     */
    static String firstLine(String message) {
        String s = String.valueOf(message);
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
