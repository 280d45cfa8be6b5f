package io.profilekit.oci.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes small ustar archives, gzip-compressed, as {@code tar -czf} of a pack folder would. Test code. */
public final class TarGz {
    private final ByteArrayOutputStream tar = new ByteArrayOutputStream();

    public static byte[] of(String folder, Map<String, String> files) {
        TarGz t = new TarGz();
        files.forEach((name, text) -> t.file(folder.isEmpty() ? name : folder + "/" + name, text));
        return t.gz();
    }

    public TarGz file(String name, String text) {
        return entry(name, '0', text.getBytes(StandardCharsets.UTF_8), "");
    }

    public TarGz link(String name, String target, char type) {
        return entry(name, type, new byte[0], target);
    }

    public TarGz entry(String name, char type, byte[] data, String linkTarget) {
        byte[] h = new byte[512];
        put(h, 0, name, 100);
        put(h, 100, "0000644", 8);
        put(h, 108, "0000000", 8);
        put(h, 116, "0000000", 8);
        put(h, 124, String.format("%011o", data.length), 12);
        put(h, 136, "00000000000", 12);
        h[156] = (byte) type;
        put(h, 157, linkTarget, 100);
        put(h, 257, "ustar", 6);
        put(h, 263, "00", 2);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum), 7);
        tar.writeBytes(h);
        tar.writeBytes(data);
        tar.writeBytes(new byte[(512 - data.length % 512) % 512]);
        return this;
    }

    public byte[] gz() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(tar.toByteArray());
            z.write(new byte[1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(byte[] h, int off, String s, int len) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, Math.min(b.length, len));
    }
}
