package io.profilekit.examples.cli;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.registry.ResourceType;
import io.profilekit.registry.ScheduleType;
import io.profilekit.resolve.ResourceNeeds;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What {@code resolve --resources} prints, and the values {@code resolve --apply-presets} writes. */
final class ResourceTable {
    private ResourceTable() {
    }

    /**
     * Prints the totals, one row per schedule type, then the packs they come from; the parameters
     * that could not be read go to standard error.
     */
    static void print(PrintWriter out, PrintWriter err, String profile, ResourceNeeds needs) {
        Terminal.line(out, "Resources " + profile + " needs at least (constraints.resources):");
        StringBuilder head = new StringBuilder(String.format("  %-14s", "schedule"));
        for (ResourceType t : ResourceType.values()) {
            head.append(String.format(" %16s", t.wireName() + " (" + t.unit() + ")"));
        }
        Terminal.line(out, head.toString());
        for (ScheduleType s : ScheduleType.values()) {
            StringBuilder row = new StringBuilder(String.format("  %-14s", s.wireName()));
            for (ResourceType t : ResourceType.values()) {
                row.append(String.format(" %16d", needs.total(s, t)));
            }
            Terminal.line(out, row.toString());
        }
        for (ResourceNeeds.Need n : needs.needs()) {
            Terminal.line(out, "  layers[" + n.layerIndex() + "] " + n.pack() + ": " + n.type() + " " + n.amount() + " "
                    + n.type().unit() + " on " + n.schedule() + " (" + n.source() + ")");
        }
        for (ResourceNeeds.Problem p : needs.problems()) {
            Terminal.line(err, "profilekit: layers[" + p.layerIndex() + "] " + p.message());
        }
        out.flush();
        err.flush();
    }

    /** The pinned profile with the values of the profile whose presets were applied. */
    static ClusterProfile withValues(ClusterProfile pinned, ClusterProfile applied) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < pinned.layers().size(); i++) {
            Layer layer = pinned.layers().get(i);
            layers.add(layer.toBuilder().values(applied.layers().get(i).values()).build());
        }
        return pinned.toBuilder().layers(layers).buildLenient();
    }
}
