package io.profilekit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A registry reference's kind, typed: Palette's three kinds, any other text kept as it was read. */
class RegistryKindTest {
    @Test
    void theThreeKindsAndTheirWireNames() {
        assertThat(RegistryKind.values()).extracting(RegistryKind::wireName).containsExactly("pack", "helm", "oci");
        assertThat(RegistryKind.fromWireName("OCI")).contains(RegistryKind.OCI);
        assertThat(RegistryKind.fromWireName(" helm ")).contains(RegistryKind.HELM);
        assertThat(RegistryKind.fromWireName("zarf")).isEmpty();
    }

    @Test
    void aReferenceKeepsTheTextAndAnswersTheTypedKind() {
        RegistryRef typed = RegistryRef.byName("My Packs").withKind(RegistryKind.OCI);
        RegistryRef asText = RegistryRef.byName("My Packs").withKind("oci");

        assertThat(typed).isEqualTo(asText);
        assertThat(typed.kind()).contains("oci");
        assertThat(typed.registryKind()).contains(RegistryKind.OCI);
        assertThat(RegistryRef.byName("Public Repo").withKind("Pack").kind()).contains("Pack");
        assertThat(RegistryRef.byName("Public Repo").withKind("Pack").registryKind()).contains(RegistryKind.PACK);
        assertThat(RegistryRef.byName("x").withKind("zarf").registryKind()).isEmpty();
        assertThat(RegistryRef.byName("x").registryKind()).isEmpty();
    }
}
