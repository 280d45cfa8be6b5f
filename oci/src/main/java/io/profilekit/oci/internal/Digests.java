package io.profilekit.oci.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as OCI writes them, {@code sha256:<hex>}. Internal. */
public final class Digests {
    private Digests() {
    }

    /**
     * The digest of some bytes.
     *
     * @param data the bytes
     * @return {@code sha256:<64 hex digits>}
     */
    public static String sha256(byte[] data) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
