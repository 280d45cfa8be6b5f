package io.profilekit.oci.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.yaml.registry.PackRegistryException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the pack files out of a pack archive: the pack folder as {@code tar -czf} writes it (ustar,
 * with GNU long names and pax headers understood), either flat ({@code pack.json} at the top) or
 * inside one top folder ({@code hello-1.0.0/pack.json}). Only {@code pack.json},
 * {@code values.yaml}, {@code presets.yaml} and {@code schema.yaml} are kept; everything else is
 * streamed past (and counted).
 *
 * <p>Bounded and safe for untrusted archives: at most {@link #MAX_ENTRIES} entries, at most
 * {@code maxUnpackedBytes} bytes unpacked in all, each kept file at most {@code maxFileBytes}; an
 * absolute name, a {@code ..} component or a backslash refuses the archive; links (hard or
 * symbolic) and special files are never followed or read — a pack file that is a link is reported.
 * Internal.
 */
public final class PackArchive {
    /** The most entries one archive may hold. */
    public static final int MAX_ENTRIES = 10_000;
    /** The files of a pack folder that are kept. */
    public static final Set<String> PACK_FILES = Set.of("pack.json", "values.yaml", "presets.yaml", "schema.yaml");
    private static final int BLOCK = 512;
    private static final int MAX_NAME = 4096;

    private PackArchive() {
    }

    /**
     * The pack files of an archive.
     *
     * @param files file name to text, e.g. {@code pack.json}
     * @param folder the top folder they were in, or empty when the pack is at the top
     * @param warnings what was skipped and why
     */
    public record Unpacked(Map<String, String> files, String folder, List<String> warnings) {
        /**
         * Copies the parts.
         *
         * @param files file name to text
         * @param folder the top folder, or empty
         * @param warnings what was skipped
         */
        public Unpacked {
            files = Map.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Unpacks a gzip-compressed tar archive.
     *
     * @param where the archive's name in messages (e.g. a repository and tag)
     * @param gz the archive's bytes
     * @param maxFileBytes the largest pack file kept
     * @param maxUnpackedBytes the most bytes unpacked in all
     * @return the pack files
     * @throws PackRegistryException if the archive is malformed, unsafe or over a limit, or holds no pack
     */
    public static Unpacked read(String where, byte[] gz, long maxFileBytes, long maxUnpackedBytes) {
        Map<String, Map<String, String>> byFolder = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        try (InputStream in = new Bounded(new GZIPInputStream(new ByteArrayInputStream(gz)), maxUnpackedBytes, where)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            int entries = 0;
            while (true) {
                if (!readBlock(in, header)) {
                    throw fail(where, "ends before the tar archive's end marker", null);
                }
                if (isZero(header)) {
                    break;
                }
                if (++entries > MAX_ENTRIES) {
                    throw fail(where, "holds more than " + MAX_ENTRIES + " entries", null);
                }
                if (!checksumOk(header)) {
                    throw fail(where, "is not a tar archive (a header's checksum is wrong)", null);
                }
                long size = octal(header, 124, 12, where);
                char type = (char) header[156];
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type == 'L' || type == 'x') {
                    if (size > MAX_NAME * 4L) {
                        throw fail(where, "has an extended header of " + size + " bytes", null);
                    }
                    byte[] data = readData(in, (int) size, where);
                    String path = type == 'L' ? cString(data, 0, data.length) : paxPath(data);
                    longName = path;
                    continue;
                }
                if (type == 'g') {
                    skip(in, size, where);
                    continue;
                }
                String clean = clean(name, where);
                boolean regular = type == '0' || type == '\0' || type == '7';
                String base = clean.substring(clean.lastIndexOf('/') + 1);
                int depth = (int) clean.chars().filter(c -> c == '/').count();
                boolean packFile = PACK_FILES.contains(base) && depth <= 1;
                if (packFile && !regular) {
                    warnings.add(SafeText.quote(clean) + (type == '1' || type == '2' ? " is a link" : " is not a regular file")
                            + "; not followed, not read");
                }
                if (packFile && regular) {
                    if (size > maxFileBytes) {
                        throw fail(where, SafeText.quote(clean) + " is " + size + " bytes, over the limit of "
                                + maxFileBytes + " bytes for one pack file", null);
                    }
                    byte[] data = readData(in, (int) size, where);
                    String folder = depth == 0 ? "" : clean.substring(0, clean.indexOf('/'));
                    if (byFolder.computeIfAbsent(folder, f -> new LinkedHashMap<>()).put(base, utf8(data, where, clean)) != null) {
                        throw fail(where, SafeText.quote(clean) + " appears twice", null);
                    }
                } else {
                    skip(in, size, where);
                }
            }
        } catch (IOException e) {
            throw fail(where, "is not a readable tar.gz archive: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + SafeText.quote(e.getMessage())), e);
        }
        List<String> withPack = byFolder.entrySet().stream().filter(e -> e.getValue().containsKey("pack.json"))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toList());
        if (withPack.contains("")) {
            return new Unpacked(byFolder.get(""), "", warnings);
        }
        if (withPack.size() == 1) {
            return new Unpacked(byFolder.get(withPack.get(0)), withPack.get(0), warnings);
        }
        if (withPack.isEmpty()) {
            throw new PackRegistryException(where, 0, 0, "", "the pack archive holds no pack.json",
                    "a pack archive is the pack folder as 'tar -czf NAME-VERSION.tar.gz' writes it: pack.json at"
                    + " its top or in one top folder", null);
        }
        throw new PackRegistryException(where, 0, 0, "", "the pack archive holds " + withPack.size()
                + " pack folders (" + String.join(", ", withPack.stream().map(SafeText::quote)
                        .collect(java.util.stream.Collectors.toList())) + ")",
                "push one pack version per artifact", null);
    }

    private static PackRegistryException fail(String where, String problem, Throwable cause) {
        return new PackRegistryException(where, 0, 0, "", "the pack archive " + problem,
                "a pack archive is the pack folder as 'tar -czf NAME-VERSION.tar.gz' writes it", cause);
    }

    /** A relative, normalized name; refuses absolute names, {@code ..} and backslashes. */
    private static String clean(String name, String where) {
        String n = name;
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        if (n.startsWith("/") || n.contains("\\") || n.indexOf('\0') >= 0 || n.matches("^[A-Za-z]:.*")) {
            throw fail(where, "holds an entry with an absolute or unsafe name " + SafeText.quote(name), null);
        }
        List<String> parts = new ArrayList<>();
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw fail(where, "holds an entry whose name leaves the archive: " + SafeText.quote(name), null);
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String utf8(byte[] data, String where, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw fail(where, SafeText.quote(name) + " is not UTF-8 text", e);
        }
    }

    private static String name(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r';
        if (ustar && h[345] != 0) {
            return cString(h, 345, 155) + "/" + name;
        }
        return name;
    }

    private static String paxPath(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        String path = null;
        int i = 0;
        while (i < text.length()) {
            int space = text.indexOf(' ', i);
            if (space < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(i, space));
            } catch (NumberFormatException e) {
                break;
            }
            if (length <= 0 || i + length > text.length()) {
                break;
            }
            String record = text.substring(space + 1, i + length - 1);
            if (record.startsWith("path=")) {
                path = record.substring(5);
            }
            i += length;
        }
        return path;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int off, int len, String where) {
        if ((h[off] & 0x80) != 0) {
            throw fail(where, "holds an entry too large for a pack (base-256 size)", null);
        }
        long v = 0;
        boolean digits = false;
        for (int i = off; i < off + len; i++) {
            byte c = h[i];
            if (c == 0 || c == ' ') {
                if (digits) {
                    break;
                }
                continue;
            }
            if (c < '0' || c > '7') {
                throw fail(where, "is not a tar archive (a header's number is not octal)", null);
            }
            digits = true;
            v = v * 8 + (c - '0');
        }
        return v;
    }

    private static boolean checksumOk(byte[] h) {
        long stored;
        try {
            stored = octal(h, 148, 8, "");
        } catch (PackRegistryException e) {
            return false;
        }
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        return sum == stored;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        return in.readNBytes(block, 0, BLOCK) == BLOCK;
    }

    private static byte[] readData(InputStream in, int size, String where) throws IOException {
        byte[] data = in.readNBytes(size);
        if (data.length != size) {
            throw fail(where, "ends inside an entry", null);
        }
        skipPadding(in, size, where);
        return data;
    }

    private static void skip(InputStream in, long size, String where) throws IOException {
        long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
        long left = padded;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw fail(where, "ends inside an entry", null);
            }
            left -= n;
        }
    }

    private static void skipPadding(InputStream in, long size, String where) throws IOException {
        int pad = (int) ((BLOCK - size % BLOCK) % BLOCK);
        if (in.readNBytes(pad).length != pad) {
            throw fail(where, "ends inside an entry", null);
        }
    }

    /** Counts what is unpacked and refuses more than the limit: a small archive may unpack to much. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long limit;
        private final String where;
        private long count;

        Bounded(InputStream in, long limit, String where) {
            super(in);
            this.limit = limit;
            this.where = where;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw fail(where, "unpacks to more than " + limit + " bytes", null);
            }
        }
    }
}
