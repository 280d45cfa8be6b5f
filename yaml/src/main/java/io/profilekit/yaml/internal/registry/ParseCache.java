package io.profilekit.yaml.internal.registry;

import io.profilekit.registry.PackPreset;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.internal.ValuesYaml;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * What reading pack files found, kept in a folder between loads: values texts found well-formed,
 * and the presets and value schemas read from {@code presets.yaml} and {@code schema.yaml} texts,
 * with their warnings and the values they counted against the load's budget. Each entry holds the
 * text it was found for, and answers only for a text equal to it, byte for byte (found by the
 * text's kind, length and CRC-32C, then compared whole); failures are never kept, so a malformed
 * file is read, and fails, every time. These readers are pure functions of the text and of the
 * code that runs them, which the file's header names ({@link Rules#VALUE}); a file with another header
 * is not used.
 *
 * <p>Texts are those read from files, decoded strictly as UTF-8 (so they hold no lone surrogate,
 * and their UTF-8 bytes are the file's). A cache that cannot be read (missing, cut short,
 * corrupted, from other code) is empty; one that cannot be written is not written, and the load
 * goes on as without it. A folder or file that others than the user running may write is not
 * used (its entries could have been forged); the folder is created readable by its owner only.
 * The file is replaced whole (written beside it, then moved over it), so a reader never sees half
 * of it; of two loads writing at once, the last one's file stays. It keeps at most
 * {@link #MAX_KEPT_BYTES} of entries, the last load's first. Thread-safe: values checks record
 * their results from other threads. Internal.
 */
public final class ParseCache {
    private static final System.Logger LOG = System.getLogger("io.profilekit.yaml");
    /** The cache file's name in its folder. */
    public static final String FILE_NAME = "pack-files.cache";
    /** What one cache file keeps at most, in bytes of entries (texts included): the last load's first. */
    static final long MAX_KEPT_BYTES = 32L * 1024 * 1024;
    /** A cache file larger than this is not read (and is replaced): the entries, its header and checksum. */
    static final long MAX_FILE_BYTES = MAX_KEPT_BYTES + 64 * 1024;
    /** The bytes an entry takes in the file besides its text and payload: kind, length, CRC, payload length. */
    private static final int FRAMING = 13;

    private static final byte[] MAGIC = "PKPC".getBytes(StandardCharsets.US_ASCII);
    /** What the readers' results depend on besides the text; see {@link Rules#VALUE}. Loaded on first use only. */
    static final class Rules {
        /**
         * The readers' rules and limits, the Java runtime, and the code that runs them — for each jar
         * of ProfileKit's readers, its core types and snakeyaml-engine, its name, size and the CRC-32C
         * of its central directory (which holds every entry's CRC-32), for a class folder the CRC-32C
         * of its files' names and contents — so that another build of any of them, or another JDK,
         * does not use entries this one wrote. Empty if the code cannot be told (then nothing is
         * cached).
         */
        static final Optional<String> VALUE = identity(ParseCache.class, PackPreset.class,
                org.snakeyaml.engine.v2.api.LoadSettings.class).map(code -> "profilekit pack-file readers 1; nesting "
                + RegistryFiles.NESTING_DEPTH + "; node bytes " + RegistryFiles.NODE_BYTES + "; values aliases "
                + ValuesYaml.MAX_ALIASES + ", expanded " + ValuesYaml.MAX_EXPANDED_NODES + ", nesting "
                + ValuesYaml.MAX_NESTING_DEPTH + "; Java " + Runtime.version() + "; code " + code);

        private Rules() {
        }
    }

    private static Optional<String> identity(Class<?>... classes) {
        StringBuilder code = new StringBuilder();
        Set<Path> seen = new java.util.HashSet<>();
        try {
            for (Class<?> c : classes) {
                java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return Optional.empty();
                }
                Path where = Path.of(source.getLocation().toURI());
                if (seen.add(where)) {
                    Optional<String> one = codeOf(where);
                    if (one.isEmpty()) {
                        return Optional.empty();
                    }
                    code.append(one.get()).append("; ");
                }
            }
            return Optional.of(code.toString());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What tells a jar or class folder from another build of it: a jar's name, size and the CRC-32C
     * of its central directory; a folder's name and the CRC-32C of its files' relative names and
     * contents. Empty if it cannot be read.
     *
     * @param where a jar or a class folder
     * @return its identity
     */
    static Optional<String> codeOf(Path where) {
        try {
            CRC32C crc = new CRC32C();
            if (Files.isRegularFile(where)) {
                long size = Files.size(where);
                try (java.nio.channels.SeekableByteChannel in = Files.newByteChannel(where)) {
                    // the end record: the last 22 bytes, or before them a comment of up to 64 KiB
                    int tail = (int) Math.min(size, 22 + 0xFFFF);
                    ByteBuffer end = ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                    readFully(in.position(size - tail), end);
                    // the record whose comment (its length at +20) ends the file
                    int at = tail - 22;
                    while (at >= 0 && (end.getInt(at) != 0x06054b50
                            || at + 22 + (end.getShort(at + 20) & 0xFFFF) != tail)) {
                        at--;
                    }
                    if (at < 0) {
                        return Optional.empty();
                    }
                    long cenSize = end.getInt(at + 12) & 0xFFFFFFFFL;
                    // the central directory lies just before the end record (its offset field counts
                    // from the archive's start, which a stub before it would move)
                    long cenStart = size - tail + at - cenSize;
                    if (cenSize > 64L * 1024 * 1024 || cenStart < 0) {
                        return Optional.empty();
                    }
                    ByteBuffer cen = ByteBuffer.allocate((int) cenSize);
                    readFully(in.position(cenStart), cen);
                    crc.update(cen.array());
                }
                return Optional.of(where.getFileName() + " " + size + " " + Long.toHexString(crc.getValue()));
            }
            if (Files.isDirectory(where)) {
                List<Path> files;
                try (java.util.stream.Stream<Path> walk = Files.walk(where)) {
                    files = walk.filter(Files::isRegularFile).sorted().collect(java.util.stream.Collectors.toList());
                }
                for (Path f : files) {
                    crc.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    crc.update(Files.readAllBytes(f));
                }
                return Optional.of(where.getFileName() + " folder " + files.size() + " "
                        + Long.toHexString(crc.getValue()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void readFully(java.nio.channels.SeekableByteChannel in, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (in.read(buf) < 0) {
                throw new IOException("the file ended early");
            }
        }
    }

    /** The kinds of file an entry is for. */
    enum Kind {
        VALUES, PRESETS, SCHEMA
    }

    /**
     * Where entries are filed: the text's kind, length in UTF-8 and CRC-32C; texts with the same key
     * are compared. (A class, not a record: a record's first {@code hashCode} sets up method handles,
     * which costs a new JVM more than reading the cache.)
     */
    private static final class Key {
        private final int kind;
        private final int length;
        private final int crc;

        Key(int kind, int length, int crc) {
            this.kind = kind;
            this.length = length;
            this.crc = crc;
        }

        int kind() {
            return kind;
        }

        int length() {
            return length;
        }

        int crc() {
            return crc;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).kind == kind && ((Key) o).length == length && ((Key) o).crc == crc;
        }

        @Override
        public int hashCode() {
            return (kind * 31 + length) * 31 + crc;
        }
    }

    /** A text to look up: its key and its UTF-8 bytes. */
    static final class Text {
        private final Key key;
        private final byte[] utf8;

        private Text(Kind kind, String text) {
            this.utf8 = text.getBytes(StandardCharsets.UTF_8);
            CRC32C crc = new CRC32C();
            crc.update(utf8);
            this.key = new Key(kind.ordinal(), utf8.length, (int) crc.getValue());
        }
    }

    /**
     * One entry: its text in {@code text} from {@code textAt} ({@code key.length()} bytes), and what
     * was found for it in {@code payload} from {@code payloadAt} ({@code payloadLength} bytes);
     * entries read from the cache file point into the file's bytes.
     */
    private static final class Entry {
        final Key key;
        final byte[] text;
        final int textAt;
        final byte[] payload;
        final int payloadAt;
        final int payloadLength;

        Entry(Key key, byte[] text, int textAt, byte[] payload, int payloadAt, int payloadLength) {
            this.key = key;
            this.text = text;
            this.textAt = textAt;
            this.payload = payload;
            this.payloadAt = payloadAt;
            this.payloadLength = payloadLength;
        }

        boolean holds(Text t) {
            return key.equals(t.key) && Arrays.equals(text, textAt, textAt + key.length(), t.utf8, 0, t.utf8.length);
        }

        /** What it takes in the cache file: its text, payload and their framing. */
        long size() {
            return (long) key.length() + payloadLength + FRAMING;
        }
    }

    /**
     * What reading a presets or schema file found.
     *
     * @param value the presets, or the schema's entries
     * @param warnings the file's warnings, without the file's name
     * @param nodes the values counted against the load's budget
     * @param <T> the value's type
     */
    record Found<T>(T value, List<Note> warnings, long nodes) {
        Found {
            warnings = List.copyOf(warnings);
        }

        /** The warnings, named for the file they are now read from. */
        List<ReadWarning> warningsFor(String documentName) {
            List<ReadWarning> out = new ArrayList<>(warnings.size());
            for (Note n : warnings) {
                out.add(new ReadWarning(documentName, n.line(), n.column(), n.path(), n.message()));
            }
            return out;
        }
    }

    /** A warning without its file's name. */
    record Note(int line, int column, String path, String message) {
        static Note of(ReadWarning w) {
            return new Note(w.line(), w.column(), w.path(), w.message());
        }
    }

    private final Optional<Path> folder;
    /** Entries read from the file. */
    private final Map<Key, Entry> stored;
    /** Entries of this load (met in the file, or new), in the order met. */
    private final Map<Key, Entry> used = Collections.synchronizedMap(new LinkedHashMap<>());
    private long usedBytes;
    private boolean added;

    private final long maxKept;

    private ParseCache(Optional<Path> folder, Map<Key, Entry> stored, long maxKept) {
        this.folder = folder;
        this.stored = stored;
        this.maxKept = maxKept;
    }

    /**
     * A cache that keeps nothing: every file is read.
     *
     * @return the cache
     */
    public static ParseCache none() {
        return new ParseCache(Optional.empty(), Map.of(), 0);
    }

    /**
     * The cache kept in a folder, as its file holds it now (empty if there is none, or it cannot be
     * used). Never throws for what the folder holds.
     *
     * @param folder the folder; created when the cache is first written
     * @return the cache; {@link #none()} if others than the user running may write the folder, or
     *     the code reading the files cannot be told apart from other builds
     */
    public static ParseCache in(Path folder) {
        return in(folder, MAX_KEPT_BYTES);
    }

    /**
     * The cache kept in a folder, keeping at most {@code maxKept} bytes of entries.
     *
     * @param folder the folder
     * @param maxKept the most bytes of entries kept
     * @return the cache, or {@link #none()} as for {@link #in(Path)}
     */
    static ParseCache in(Path folder, long maxKept) {
        if (Rules.VALUE.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "pack-file cache not used: the code reading pack files cannot be told"
                    + " from other builds");
            return none();
        }
        if (Files.exists(folder) && !privateTo(folder, true)) {
            LOG.log(System.Logger.Level.DEBUG, () -> "pack-file cache in " + folder + " not used: others than the user"
                    + " running may write it, or the user cannot be told");
            return none();
        }
        Path file = folder.resolve(FILE_NAME);
        return new ParseCache(Optional.of(folder), privateTo(file, false) ? read(file) : Map.of(), maxKept);
    }

    /**
     * Whether only the user running may write a file or folder: owned by that user and not writable
     * by its group or others. True where the file system has no POSIX permissions (its own access
     * control applies); false if it cannot be told — also for a process whose user id has no name
     * (as in some containers), whose cache is then not used.
     */
    private static boolean privateTo(Path p, boolean followLinks) {
        try {
            PosixFileAttributes a = followLinks ? Files.readAttributes(p, PosixFileAttributes.class)
                    : Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> perms = a.permissions();
            if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                return false;
            }
            UserPrincipal me = p.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", ""));
            return a.owner().equals(me);
        } catch (NoSuchFileException e) {
            return !followLinks;
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * A text of a kind, to look up or record; empty if this cache keeps nothing.
     *
     * @param kind the kind of file
     * @param text the file's text, decoded strictly from UTF-8
     * @return the text to look up
     */
    Optional<Text> text(Kind kind, String text) {
        return folder.isEmpty() ? Optional.empty() : Optional.of(new Text(kind, text));
    }

    /** Whether a values text was found well-formed. */
    boolean wellFormed(Text text) {
        Optional<Entry> e = entry(text);
        e.ifPresent(this::use);
        return e.isPresent();
    }

    /** Records that a values text was found well-formed. */
    void wellFormedNow(Text text) {
        add(text, new byte[0]);
    }

    /** The presets a presets text was read into. */
    Optional<Found<List<PackPreset>>> presets(Text text) {
        return entry(text).flatMap(e -> decoded(e, in -> {
            int n = in.count();
            List<PackPreset> presets = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = in.text();
                String displayName = in.text();
                String group = in.text();
                String add = in.text();
                int removes = in.count();
                List<String> remove = new ArrayList<>(removes);
                for (int j = 0; j < removes; j++) {
                    remove.add(in.text());
                }
                presets.add(new PackPreset(name, displayName, group, add, remove));
            }
            return presets;
        }));
    }

    /** Records what a presets text was read into. */
    void presetsNow(Text text, Found<List<PackPreset>> found) {
        encode(found, (DataOutputStream out, List<PackPreset> presets) -> {
            out.writeInt(presets.size());
            for (PackPreset p : presets) {
                text(out, p.name());
                text(out, p.displayName());
                text(out, p.group());
                text(out, p.add());
                out.writeInt(p.remove().size());
                for (String r : p.remove()) {
                    text(out, r);
                }
            }
        }).ifPresent(payload -> add(text, payload));
    }

    /** The entries (path to schema expression, in order) a schema text was read into. */
    Optional<Found<Map<String, String>>> schema(Text text) {
        return entry(text).flatMap(e -> decoded(e, in -> {
            int n = in.count();
            Map<String, String> schema = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.text();
                schema.put(path, in.text());
            }
            return schema;
        }));
    }

    /** Records what a schema text was read into. */
    void schemaNow(Text text, Found<Map<String, String>> found) {
        encode(found, (DataOutputStream out, Map<String, String> schema) -> {
            out.writeInt(schema.size());
            for (Map.Entry<String, String> e : schema.entrySet()) {
                text(out, e.getKey());
                text(out, e.getValue());
            }
        }).ifPresent(payload -> add(text, payload));
    }

    /**
     * Writes the cache if this load added to it: the entries this load used, then older ones, up to
     * {@link #MAX_KEPT_BYTES}. A cache that cannot be written is left as it was.
     *
     * @return why it was not written, if it could not be
     */
    Optional<String> save() {
        List<Entry> entries = new ArrayList<>();
        synchronized (used) {
            if (folder.isEmpty() || !added) {
                return Optional.empty();
            }
            // this load's entries first, then the file's others, all within maxKept
            long kept = 0;
            for (Entry e : used.values()) {
                if (kept + e.size() <= maxKept) {
                    entries.add(e);
                    kept += e.size();
                }
            }
            for (Entry e : stored.values()) {
                if (!used.containsKey(e.key) && kept + e.size() <= maxKept) {
                    entries.add(e);
                    kept += e.size();
                }
            }
        }
        Path dir = folder.get();
        try {
            write(dir, entries);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the cache in " + dir + " was not written: " + e);
        }
    }

    // ---- storage

    /** Writes the entries beside the cache file, then moves them over it. */
    private static void write(Path dir, List<Entry> entries) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            }
        }
        Path target = dir.resolve(FILE_NAME);
        removeStaleTemporaryFiles(dir);
        // created new, readable by its owner only where the file system has permissions
        Path tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
        try {
            CRC32C crc = new CRC32C();
            long length;
            try (OutputStream file = Files.newOutputStream(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(file, crc), 1 << 16));
                out.write(MAGIC);
                text(out, Rules.VALUE.get());
                out.writeInt(entries.size());
                for (Entry e : entries) {
                    out.writeByte(e.key.kind());
                    out.writeInt(e.key.length());
                    out.writeInt(e.key.crc());
                    out.writeInt(e.payloadLength);
                    out.write(e.text, e.textAt, e.key.length());
                    out.write(e.payload, e.payloadAt, e.payloadLength);
                }
                out.flush();
                length = out.size() & 0xFFFFFFFFL;
                // the checksum of everything before it, outside what it sums
                ByteBuffer sum = ByteBuffer.allocate(8).putLong(0, crc.getValue());
                file.write(sum.array());
            }
            if (Files.size(tmp) != length + 8 && length < Integer.MAX_VALUE) {
                throw new IOException("wrote " + Files.size(tmp) + " of " + (length + 8) + " bytes");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes what writes cut short left (a process that ended while writing): files named as this
     * class names its temporary files, not changed for ten minutes, so that none another load is
     * still writing goes.
     */
    private static void removeStaleTemporaryFiles(Path dir) {
        long before = System.currentTimeMillis() - 10 * 60 * 1000;
        try (java.nio.file.DirectoryStream<Path> left = Files.newDirectoryStream(dir, FILE_NAME + ".*.tmp")) {
            for (Path p : left) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for a later save
        }
    }

    /** The entries of a cache file; empty if it cannot be used. */
    private static Map<Key, Entry> read(Path file) {
        byte[] all;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Map.of();
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return Map.of();
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                all = readAll(in, size);
            }
            if (all == null) {
                return Map.of();
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        try {
            if (all.length > MAX_FILE_BYTES || all.length < MAGIC.length + 8
                    || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return Map.of();
            }
            int end = all.length - 8;
            CRC32C crc = new CRC32C();
            crc.update(all, 0, end);
            if (crc.getValue() != ByteBuffer.wrap(all).getLong(end)) {
                return Map.of();
            }
            Input in = new Input(ByteBuffer.wrap(all, 0, end).position(MAGIC.length));
            if (!in.text().equals(Rules.VALUE.get())) {
                return Map.of();
            }
            int n = in.count();
            Map<Key, Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                int kind = in.buf.get();
                int length = in.buf.getInt();
                int crcOfText = in.buf.getInt();
                int payload = in.buf.getInt();
                if (kind < 0 || kind >= Kind.values().length || length < 0 || payload < 0
                        || (long) length + payload > in.buf.remaining()) {
                    return Map.of();
                }
                int textAt = in.buf.position();
                Key key = new Key(kind, length, crcOfText);
                entries.put(key, new Entry(key, all, textAt, all, textAt + length, payload));
                in.buf.position(textAt + length + payload);
            }
            return in.buf.hasRemaining() ? Map.of() : entries;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * The whole stream, which should hold {@code size} bytes, read in blocks of 64 KiB (one large
     * read was twice as slow in a new JVM); null if it holds another number of bytes (the file
     * was being replaced).
     */
    private static byte[] readAll(InputStream in, long size) throws IOException {
        byte[] buf = new byte[(int) size];
        int n = 0;
        while (n < buf.length) {
            int r = in.read(buf, n, Math.min(1 << 16, buf.length - n));
            if (r < 0) {
                return null;
            }
            n += r;
        }
        return in.read() < 0 ? buf : null;
    }

    /** The entry for a text: this load's, else the file's; only one holding the very same text. */
    private Optional<Entry> entry(Text text) {
        Entry e = used.get(text.key);
        if (e == null) {
            e = stored.get(text.key);
        }
        return e != null && e.holds(text) ? Optional.of(e) : Optional.empty();
    }

    /** What an entry holds, if it decodes; only then is it used (kept first by the next save). */
    private <T> Optional<Found<T>> decoded(Entry e, Reader<T> reader) {
        Optional<Found<T>> found = decode(e, reader);
        found.ifPresent(f -> use(e));
        return found;
    }

    private void use(Entry e) {
        synchronized (used) {
            if (used.putIfAbsent(e.key, e) == null) {
                usedBytes += e.size();
            }
        }
    }

    private void add(Text text, byte[] payload) {
        Entry e = new Entry(text.key, text.utf8, 0, payload, 0, payload.length);
        synchronized (used) {
            // what does not fit is read again next time
            if (usedBytes + e.size() <= maxKept && used.putIfAbsent(text.key, e) == null) {
                usedBytes += e.size();
                added = true;
            }
        }
    }

    // ---- encoding

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(Input in);
    }

    private static <T> Optional<byte[]> encode(Found<T> found, Writer<T> writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(found.nodes());
            out.writeInt(found.warnings().size());
            for (Note n : found.warnings()) {
                out.writeInt(n.line());
                out.writeInt(n.column());
                text(out, n.path());
                text(out, n.message());
            }
            writer.write(out, found.value());
            out.flush();
            return Optional.of(bytes.toByteArray());
        } catch (IOException e) {
            // not kept: the file is read again next time
            return Optional.empty();
        }
    }

    private static <T> Optional<Found<T>> decode(Entry entry, Reader<T> reader) {
        try {
            Input in = new Input(ByteBuffer.wrap(entry.payload, entry.payloadAt, entry.payloadLength));
            long nodes = in.buf.getLong();
            int n = in.count();
            List<Note> notes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int line = in.buf.getInt();
                int column = in.buf.getInt();
                notes.add(new Note(line, column, in.text(), in.text()));
            }
            T value = reader.read(in);
            return in.buf.hasRemaining() || nodes < 0 ? Optional.empty() : Optional.of(new Found<>(value, notes, nodes));
        } catch (RuntimeException e) {
            // an entry that does not decode is read as missing: the file is read instead
            return Optional.empty();
        }
    }

    /**
     * Writes a text as UTF-8. A text that UTF-8 cannot carry exactly (a lone surrogate, which a YAML
     * escape such as {@code "\uD800"} can make) fails, and its entry is not kept.
     */
    private static void text(DataOutputStream out, String s) throws IOException {
        ByteBuffer b = StandardCharsets.UTF_8.newEncoder().encode(java.nio.CharBuffer.wrap(s));
        out.writeInt(b.remaining());
        out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
    }

    /** Reads what {@link #encode} wrote; a count or length that does not fit fails. */
    private static final class Input {
        final ByteBuffer buf;

        Input(ByteBuffer buf) {
            this.buf = buf;
        }

        int count() {
            int n = buf.getInt();
            if (n < 0 || n > buf.remaining()) {
                throw new IllegalStateException("bad count " + n);
            }
            return n;
        }

        String text() {
            int n = count();
            String s = new String(buf.array(), buf.arrayOffset() + buf.position(), n, StandardCharsets.UTF_8);
            buf.position(buf.position() + n);
            return s;
        }
    }
}
