package io.profilekit.registry;

import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.internal.Checks;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A registry that answers every question by asking another one. Extend it to decorate a registry
 * (add a source, warnings, logging, metrics) without writing the forwarding by hand; override only
 * what changes. It is as thread-safe as the registry it forwards to.
 *
 * <pre>{@code
 * final class CountingRegistry extends ForwardingPackRegistry {
 *     final AtomicLong lookups = new AtomicLong();
 *     CountingRegistry(PackRegistry delegate) { super(delegate); }
 *     @Override public List<PackDescriptor> packs(String name) {
 *         lookups.incrementAndGet();
 *         return super.packs(name);
 *     }
 * }
 * }</pre>
 */
public abstract class ForwardingPackRegistry implements PackRegistry {
    private final PackRegistry delegate;

    /**
     * Forwards to {@code delegate}.
     *
     * @param delegate the registry that answers
     * @throws NullPointerException if {@code delegate} is null
     */
    protected ForwardingPackRegistry(PackRegistry delegate) {
        this.delegate = Checks.notNull(delegate, "delegate");
    }

    /**
     * The registry this one forwards to.
     *
     * @return the delegate
     */
    protected PackRegistry delegate() {
        return delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Optional<String> uid() {
        return delegate.uid();
    }

    @Override
    public Set<String> packNames() {
        return delegate.packNames();
    }

    @Override
    public boolean contains(String packName) {
        return delegate.contains(packName);
    }

    @Override
    public List<PackDescriptor> packs(String packName) {
        return delegate.packs(packName);
    }

    @Override
    public Optional<PackDescriptor> pack(String packName, PackVersion version) {
        return delegate.pack(packName, version);
    }

    @Override
    public List<PackVersion> versions(String packName) {
        return delegate.versions(packName);
    }

    @Override
    public Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        return delegate.newest(packName, selector);
    }

    @Override
    public List<PackDescriptor> find(PackQuery query) {
        return delegate.find(query);
    }
}
