package io.profilekit.oci.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A content-addressed cache of blobs on disk: {@code <dir>/blobs/sha256/<hex>}. What is read back is
 * checked against its digest, so a damaged or altered entry is dropped and fetched again; entries
 * are written to a temporary file and moved in place, so a reader never sees half a blob. A cache
 * that cannot be written is reported, never fatal. Thread-safe. Internal.
 */
public final class BlobCache {
    private final Path dir;

    /**
     * @param dir the cache's folder (created when first written)
     */
    public BlobCache(Path dir) {
        this.dir = dir;
    }

    /** @return the cache's folder */
    public Path dir() {
        return dir;
    }

    private Path file(String digest) {
        return dir.resolve("blobs").resolve("sha256").resolve(digest.substring("sha256:".length()));
    }

    /**
     * A blob from the cache, if there and intact.
     *
     * @param digest its digest ({@code sha256:<hex>}, checked by the caller)
     * @param limit the largest size read
     * @param notes where problems are reported
     * @return the bytes, or empty
     */
    public Optional<byte[]> read(String digest, long limit, List<String> notes) {
        Path f = file(digest);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (data.length > limit || !Digests.sha256(data).equals(digest)) {
                notes.add("cached blob " + digest + " does not match its digest; dropped and fetched again");
                Files.deleteIfExists(f);
                return Optional.empty();
            }
            return Optional.of(data);
        } catch (IOException e) {
            notes.add("cached blob " + digest + " cannot be read (" + e.getClass().getSimpleName() + "); fetched again");
            return Optional.empty();
        }
    }

    /**
     * Stores a blob whose digest was checked.
     *
     * @param digest its digest
     * @param data its bytes
     * @param notes where a failed write is reported
     */
    public void write(String digest, byte[] data, List<String> notes) {
        Path f = file(digest);
        Path tmp = null;
        try {
            Files.createDirectories(f.getParent());
            tmp = Files.createTempFile(f.getParent(), ".incoming-", ".tmp");
            Files.write(tmp, data);
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException | UnsupportedOperationException e) {
            notes.add("cannot write the cache " + dir + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); continuing without it");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Best effort: the temporary file is named so that nothing reads it.
                }
            }
        }
    }
}
