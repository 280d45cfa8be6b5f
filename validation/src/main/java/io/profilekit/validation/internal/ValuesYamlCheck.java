package io.profilekit.validation.internal;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a layer's values are well-formed YAML, read as Helm and Palette read them: anchors and
 * aliases are valid (and bounded: at most {@value #MAX_ALIASES} alias uses, expanding to at most
 * {@value #MAX_EXPANDED_NODES} nodes, so an alias bomb is reported instead of grown), tags are
 * valid and never interpreted. What is reported: syntax errors, a key given twice in one mapping,
 * an alias to no earlier anchor, nesting deeper than {@value #MAX_NESTING_DEPTH} levels. Walks
 * snakeyaml-engine's events (no tree is built, nothing is constructed), so it is linear in the
 * text. Checking a layer's values ({@link #problemAndScan}) also hands the macro and pack-settings
 * scan of the same events to {@link ValuesScan}'s bounded, thread-safe memory. Thread-safe.
 * Internal: not part of ProfileKit's API.
 */
final class ValuesYamlCheck {
    /** The most alias uses in one values text. */
    static final int MAX_ALIASES = 10_000;
    /** The most nodes the aliases of one values text may expand to. */
    static final long MAX_EXPANDED_NODES = 10_000_000L;
    /** The deepest nesting of mappings and lists. */
    static final int MAX_NESTING_DEPTH = 1_000;

    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE).build();

    private ValuesYamlCheck() {
    }

    /**
     * A problem found in values, with its place inside them.
     *
     * @param line the 1-based line, 0 if unknown
     * @param column the 1-based column, 0 if unknown
     * @param problem what is wrong
     * @param hint how to fix it
     */
    record Problem(int line, int column, String problem, String hint) {
    }

    /** A mapping or list being walked: its node count, and for a mapping its keys so far with their lines. */
    private static final class Open {
        final String anchor;
        final Map<String, Integer> keys;
        long size = 1;
        boolean awaitingKey;

        Open(String anchor, boolean map) {
            this.anchor = anchor;
            this.keys = map ? new HashMap<>() : null;
            this.awaitingKey = map;
        }
    }

    /**
     * Checks values.
     *
     * @param values the values text
     * @return the first problem, or empty if the values are well-formed
     */
    static Optional<Problem> problem(String values) {
        return problem(values, false);
    }

    /**
     * Checks a layer's values, and hands the {@link ValuesScan} of the same events to
     * {@link ValuesScan#of}'s memory, so that the rules asking for it next (pack settings, macros)
     * find it without parsing the values again. Where the check stops at a problem of its own, the
     * scan is left to {@code ValuesScan.of}.
     *
     * @param values the values text
     * @return the first problem, or empty if the values are well-formed
     */
    static Optional<Problem> problemAndScan(String values) {
        return problem(values, true);
    }

    private static Optional<Problem> problem(String values, boolean handOver) {
        String text = values.startsWith("\uFEFF") ? values.substring(1) : values;
        if (text.isBlank()) {
            return Optional.empty();
        }
        ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new StringReader(text)));
        // The macro and pack-settings scan of the same text walks the same events: gathered in this
        // pass, it is not parsed a second time (kept only if this pass reads every event).
        ValuesScan.Collector scan = handOver && ValuesScan.wanted(values) ? new ValuesScan.Collector(text) : null;
        Map<String, Long> anchors = new HashMap<>();
        Deque<Open> open = new ArrayDeque<>();
        int aliases = 0;
        long expanded = 0;
        Event e = null;
        try {
            while (parser.hasNext()) {
                e = parser.next();
                if (scan != null) {
                    try {
                        scan.accept(e);
                    } catch (RuntimeException collectorFailed) {
                        scan = null; // the check goes on; ValuesScan.of parses on its own
                    }
                }
                long size;
                String keyText = null;
                switch (e.getEventId()) {
                    case MappingStart:
                    case SequenceStart:
                        if (open.size() >= MAX_NESTING_DEPTH) {
                            return at(e, "nesting is deeper than " + MAX_NESTING_DEPTH + " levels",
                                    "values may nest at most " + MAX_NESTING_DEPTH + " levels");
                        }
                        open.push(new Open(anchor(e), e.getEventId() == Event.ID.MappingStart));
                        continue;
                    case MappingEnd:
                    case SequenceEnd: {
                        Open done = open.pop();
                        if (done.anchor != null) {
                            anchors.put(done.anchor, done.size);
                        }
                        size = done.size;
                        break;
                    }
                    case Scalar:
                        size = 1;
                        keyText = ((ScalarEvent) e).getValue();
                        if (anchor(e) != null) {
                            anchors.put(anchor(e), 1L);
                        }
                        break;
                    case Alias: {
                        String name = ((AliasEvent) e).getAlias().getValue();
                        Long target = anchors.get(name);
                        if (target == null) {
                            return at(e, "YAML alias '*" + name + "' refers to no earlier anchor '&" + name + "'",
                                    "define the anchor before using it");
                        }
                        if (++aliases > MAX_ALIASES) {
                            return at(e, "more than " + MAX_ALIASES + " YAML aliases",
                                    "values may use at most " + MAX_ALIASES + " aliases");
                        }
                        expanded += target;
                        if (expanded > MAX_EXPANDED_NODES) {
                            return at(e, "YAML aliases expand to more than " + MAX_EXPANDED_NODES
                                    + " nodes (an alias bomb?)", "values may expand to at most " + MAX_EXPANDED_NODES
                                    + " nodes");
                        }
                        size = target;
                        break;
                    }
                    case DocumentStart:
                        anchors.clear();
                        continue;
                    default:
                        continue;
                }
                Open parent = open.peek();
                if (parent == null) {
                    continue;
                }
                parent.size += size;
                if (parent.keys != null) {
                    if (parent.awaitingKey && keyText != null) {
                        Integer first = parent.keys.putIfAbsent(keyText, line(e));
                        if (first != null) {
                            return at(e, "duplicate key '" + keyText + "' (first at line " + first + ")",
                                    "each key may appear once in a mapping; remove one");
                        }
                    }
                    parent.awaitingKey = !parent.awaitingKey;
                }
            }
            if (scan != null) {
                ValuesScan.remember(values, scan);
            }
            return Optional.empty();
        } catch (MarkedYamlEngineException ex) {
            if (scan != null) {
                scan.failed();
                ValuesScan.remember(values, scan);
            }
            String problem = ex.getProblem() == null ? firstLine(ex.getMessage()) : ex.getProblem().trim();
            // Something left open at the end of the values is best shown where it was opened.
            Optional<Mark> mark = (problem.contains("end of stream") || problem.contains("<stream end>"))
                    && ex.getContextMark().isPresent() ? ex.getContextMark() : ex.getProblemMark();
            String context = ex.getContext() == null ? "" : " (" + ex.getContext().trim() + ")";
            return Optional.of(new Problem(mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), problem + context,
                    problem.contains("TAB") || problem.contains("tab") ? "indent with spaces, not tabs" : ""));
        } catch (YamlEngineException ex) {
            if (scan != null) {
                scan.failed();
                ValuesScan.remember(values, scan);
            }
            return Optional.of(new Problem(line(e), column(e), firstLine(ex.getMessage()), ""));
        }
    }

    private static String anchor(Event e) {
        if (e instanceof ScalarEvent || e instanceof CollectionStartEvent) {
            return ((NodeEvent) e).getAnchor().map(Anchor::getValue).orElse(null);
        }
        return null;
    }

    private static Optional<Problem> at(Event e, String problem, String hint) {
        return Optional.of(new Problem(line(e), column(e), problem, hint));
    }

    private static int line(Event e) {
        return e == null ? 0 : e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Event e) {
        return e == null ? 0 : e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    private static String firstLine(String message) {
        String s = String.valueOf(message);
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
