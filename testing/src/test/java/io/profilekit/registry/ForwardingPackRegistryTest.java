package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForwardingPackRegistryTest {

    static final class Counting extends ForwardingPackRegistry {
        final AtomicInteger packsCalls = new AtomicInteger();

        Counting(PackRegistry delegate) {
            super(delegate);
        }

        @Override
        public List<PackDescriptor> packs(String packName) {
            packsCalls.incrementAndGet();
            return super.packs(packName);
        }
    }

    @Test
    void everyQuestionIsAnsweredByTheDelegate() {
        InMemoryPackRegistry delegate = Fixtures.registry();
        Counting registry = new Counting(delegate);

        assertThat(registry.id()).isEqualTo(delegate.id());
        assertThat(registry.name()).isEqualTo(delegate.name());
        assertThat(registry.uid()).isEqualTo(delegate.uid());
        assertThat(registry.packNames()).isEqualTo(delegate.packNames());
        assertThat(registry.contains("kubernetes")).isTrue();
        assertThat(registry.contains("nope")).isFalse();
        assertThat(registry.versions("kubernetes")).isEqualTo(delegate.versions("kubernetes"));
        assertThat(registry.pack("kubernetes", PackVersion.parse("1.33.6")))
                .isEqualTo(delegate.pack("kubernetes", PackVersion.parse("1.33.6")));
        assertThat(registry.newest("kubernetes", VersionSelector.parse("1.33.x")).orElseThrow().version())
                .hasToString("1.33.6");
        PackQuery query = PackQuery.all().layer(LayerType.KUBERNETES).cloud(CloudType.AWS);
        assertThat(registry.find(query)).isEqualTo(delegate.find(query));
        assertThat(registry.packs("kubernetes")).isEqualTo(delegate.packs("kubernetes"));
        assertThat(registry.packsCalls).hasValue(1);
        assertThat(registry.delegate()).isSameAs(delegate);
    }

    @Test
    void rejectsNullDelegate() {
        assertThatThrownBy(() -> new Counting(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("delegate");
    }
}
