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
    // JSON is read with jackson-core's streaming API only (no data binding), as in profilekit-yaml.
    requires tools.jackson.core;

    exports io.profilekit.oci;
}
