package io.profilekit.yaml.registry;

import io.profilekit.yaml.internal.registry.HelmIndexReader;
import io.profilekit.yaml.internal.registry.RegistryFiles;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A pack registry read from a Helm repository index ({@code index.yaml}, the file
 * {@code helm repo index} writes and Helm repositories serve). Each chart version becomes an add-on
 * pack ({@code layer addon}) of type {@link io.profilekit.PackType#HELM} for every cloud
 * ({@code all}), with empty default values; the chart's {@code appVersion}, {@code description},
 * {@code created}, {@code digest}, {@code urls} and its own annotations become the pack's annotations.
 * Immutable and thread-safe once read.
 *
 * <pre>{@code
 * PackRegistry charts = HelmIndexRegistry.load(Path.of("index.yaml"));   // instead of the built-in catalog
 *
 * HelmIndexRegistry bitnami = HelmIndexRegistry.builder()
 *     .id("bitnami").name("Bitnami")
 *     .load(Path.of("bitnami-index.yaml"));
 * bitnami.versions("nginx");    // every chart version, ascending
 * }</pre>
 *
 * <p>The index is read as it is parsed, one chart version at a time, never held as a whole tree.
 * Versions are kept exactly as written, also when YAML would read them as numbers
 * ({@code version: 1.10} stays {@code 1.10}). As Helm does, an entry without a usable version is
 * skipped (see {@link #warnings()}), as is a version the chart already lists (also when spelled
 * differently, such as {@code 1.0.0} and {@code v1.0.0}). Syntax errors, duplicate keys, YAML
 * anchors and aliases (even an anchor nothing refers to), wrong types, a missing
 * {@code apiVersion} and an index over the size limit fail with a {@link PackRegistryException}
 * naming the line, column and path, as every reading error of ProfileKit does.
 *
 * <p>Chart versions are held compactly — per chart, the version texts and their annotations in
 * one string each, a few dozen bytes beyond the strings — and each {@link
 * io.profilekit.registry.PackDescriptor} is made when a lookup asks for it (two lookups of one
 * version give equal descriptors, not the same object). An index within the default limits
 * ({@link io.profilekit.yaml.ReadLimits#maxRegistryBytes()},
 * {@link io.profilekit.yaml.ReadLimits#maxRegistryVersions()}) loads within a heap of 256 MiB;
 * past them the load fails with a {@link PackRegistryException} at the entry that crossed the
 * limit.
 */
public final class HelmIndexRegistry extends FileRegistry {
    /** The default registry id. */
    public static final String DEFAULT_ID = "helm";

    private HelmIndexRegistry(RegistryFiles.Loaded loaded) {
        super(loaded);
    }

    /**
     * Reads an {@code index.yaml} file, with the id {@value #DEFAULT_ID}.
     *
     * @param indexYaml the file
     * @return the registry
     * @throws NullPointerException if {@code indexYaml} is null
     * @throws PackRegistryException if the file cannot be read or is malformed
     */
    public static HelmIndexRegistry load(Path indexYaml) {
        return builder().load(indexYaml);
    }

    /**
     * Reads an index given as text, with the id {@value #DEFAULT_ID}.
     *
     * <pre>{@code
     * HelmIndexRegistry r = HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  nginx:\n    - version: 1.10\n");
     * r.versions("nginx");   // [1.10]
     * }</pre>
     *
     * @param indexYaml the YAML text
     * @return the registry
     * @throws NullPointerException if {@code indexYaml} is null
     * @throws PackRegistryException if the text is malformed
     */
    public static HelmIndexRegistry parse(String indexYaml) {
        return builder().parse(indexYaml);
    }

    /**
     * A builder for a registry with a chosen id, name, uid or size limit.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and reads a {@link HelmIndexRegistry}. Setters reject null at once. Not thread-safe. */
    public static final class Builder extends FileRegistry.Builder<Builder> {
        private Builder() {
            super(RegistryFiles.DEFAULT_HELM_INDEX_BYTES);
        }

        @Override
        Builder self() {
            return this;
        }

        private HelmIndexReader.Identity identity() {
            return new HelmIndexReader.Identity(idOr(DEFAULT_ID), name(), uid());
        }

        /**
         * Sets the largest index read, in bytes (default 64 MiB); larger indexes fail.
         *
         * @param bytes the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive or above {@code Integer.MAX_VALUE - 1}
         */
        public Builder maxBytes(long bytes) {
            return limit(bytes);
        }

        /**
         * Reads an {@code index.yaml} file.
         *
         * @param indexYaml the file
         * @return the registry
         * @throws PackRegistryException if the file cannot be read or is malformed
         */
        public HelmIndexRegistry load(Path indexYaml) {
            Objects.requireNonNull(indexYaml, "indexYaml must not be null");
            String label = indexYaml.toString();
            return new HelmIndexRegistry(HelmIndexReader.read(indexYaml, label, identity(), maxBytes(),
                    readLimits()));
        }

        /**
         * Reads an index from a reader, which is closed.
         *
         * @param indexYaml the reader
         * @param documentName the name used in messages, e.g. the URL it came from
         * @return the registry
         * @throws PackRegistryException if the text cannot be read or is malformed
         */
        public HelmIndexRegistry load(Reader indexYaml, String documentName) {
            Objects.requireNonNull(indexYaml, "indexYaml must not be null");
            Objects.requireNonNull(documentName, "documentName must not be null");
            return new HelmIndexRegistry(HelmIndexReader.read(indexYaml, documentName, identity(),
                    maxBytes(), readLimits()));
        }

        /**
         * Reads an index given as text; messages name it {@code index.yaml}.
         *
         * @param indexYaml the YAML text
         * @return the registry
         * @throws PackRegistryException if the text is malformed
         */
        public HelmIndexRegistry parse(String indexYaml) {
            Objects.requireNonNull(indexYaml, "indexYaml must not be null");
            return new HelmIndexRegistry(HelmIndexReader.read(indexYaml, "index.yaml", identity(),
                    maxBytes(), readLimits()));
        }
    }
}
