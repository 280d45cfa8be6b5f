/**
 * ProfileKit OCI: pack registries read from OCI registries through the OCI distribution API, as
 * Palette lays packs out in them ({@code <base path>/spectro-packs/archive/<pack>:<version>}, one
 * {@code tar.gz} of the pack folder per version), with anonymous, basic and bearer-token access,
 * size limits, timeouts, bounded retries and an optional content-addressed cache on disk.
 */
module io.profilekit.oci {
    requires transitive io.profilekit.core;
    requires transitive io.profilekit.yaml;
    requires java.net.http;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports io.profilekit.oci;
}
