package io.profilekit;

import io.profilekit.internal.Checks;

/**
 * A Kubernetes manifest carried in a layer: a name unique within its layer and the YAML content,
 * kept exactly as given.
 *
 * <pre>{@code
 * Manifest ns = new Manifest("namespace", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n");
 * }</pre>
 *
 * @param name the manifest's name
 * @param content the manifest's YAML text
 */
public record Manifest(String name, String content) {
    /**
     * Creates a manifest.
     *
     * @param name the manifest's name
     * @param content the manifest's YAML text
     * @throws NullPointerException if {@code name} or {@code content} is null
     */
    public Manifest {
        Checks.notNull(name, "manifest.name");
        Checks.notNull(content, "manifest.content");
    }

    /**
     * The manifest's name and size, not its content.
     *
     * @return e.g. {@code Manifest[namespace, 52 chars]}
     */
    @Override
    public String toString() {
        return "Manifest[" + name + ", " + content.length() + " chars]";
    }
}
