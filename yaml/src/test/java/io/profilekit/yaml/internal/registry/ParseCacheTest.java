package io.profilekit.yaml.internal.registry;

import io.profilekit.registry.PackPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a {@link ParseCache} keeps, what it answers for, and what it does with files it cannot use. */
class ParseCacheTest {
    private static final String VALUES = "a: 1\nb: [x, y]\n";

    @TempDir
    Path dir;

    @Test
    void answersForTheSameTextOnlyAfterASave() {
        ParseCache first = ParseCache.in(dir);
        ParseCache.Text text = first.text(ParseCache.Kind.VALUES, VALUES).orElseThrow();
        assertThat(first.wellFormed(text)).isFalse();
        first.wellFormedNow(text);
        assertThat(first.wellFormed(text)).isTrue();
        assertThat(first.save()).isEmpty();

        ParseCache next = ParseCache.in(dir);
        assertThat(next.wellFormed(next.text(ParseCache.Kind.VALUES, VALUES).orElseThrow())).isTrue();
        assertThat(next.wellFormed(next.text(ParseCache.Kind.VALUES, VALUES + " ").orElseThrow())).isFalse();
        // another kind of file with the same text
        assertThat(next.presets(next.text(ParseCache.Kind.PRESETS, VALUES).orElseThrow())).isEmpty();
    }

    @Test
    void keepsPresetsSchemasWarningsAndTheirCountExactly() {
        ParseCache first = ParseCache.in(dir);
        List<PackPreset> presets = List.of(new PackPreset("p", "P — ü", "", "a: |\n  x\n", List.of("a.b", "c")),
                new PackPreset("q", "Q", "g", "", List.of()));
        List<ParseCache.Note> notes = List.of(new ParseCache.Note(3, 5, "presets[1].group", "missing; …"));
        Map<String, String> schema = new LinkedHashMap<>();
        schema.put("z.last", "{{ required }}");
        schema.put("a.first", "{{ optional | format \"${text}\" }}");
        first.presetsNow(first.text(ParseCache.Kind.PRESETS, "presets text").orElseThrow(),
                new ParseCache.Found<>(presets, notes, 42));
        first.schemaNow(first.text(ParseCache.Kind.SCHEMA, "schema text").orElseThrow(),
                new ParseCache.Found<>(schema, List.of(), 7));
        assertThat(first.save()).isEmpty();

        ParseCache next = ParseCache.in(dir);
        ParseCache.Found<List<PackPreset>> p = next.presets(next.text(ParseCache.Kind.PRESETS, "presets text")
                .orElseThrow()).orElseThrow();
        assertThat(p.value()).isEqualTo(presets);
        assertThat(p.warnings()).isEqualTo(notes);
        assertThat(p.nodes()).isEqualTo(42);
        assertThat(p.warningsFor("f/presets.yaml").get(0).documentName()).isEqualTo("f/presets.yaml");
        ParseCache.Found<Map<String, String>> s = next.schema(next.text(ParseCache.Kind.SCHEMA, "schema text")
                .orElseThrow()).orElseThrow();
        assertThat(List.copyOf(s.value().entrySet())).isEqualTo(List.copyOf(schema.entrySet()));
        assertThat(s.nodes()).isEqualTo(7);
    }

    @Test
    void aTextUtf8CannotCarryIsNotKept() {
        ParseCache first = ParseCache.in(dir);
        ParseCache.Text text = first.text(ParseCache.Kind.PRESETS, "presets").orElseThrow();
        first.presetsNow(text, new ParseCache.Found<>(List.of(new PackPreset("lone-\uD800", "x", "", "", List.of())),
                List.of(), 1));
        assertThat(first.presets(text)).isEmpty();
        assertThat(first.save()).isEmpty();
        assertThat(Files.exists(dir.resolve(ParseCache.FILE_NAME))).isFalse();
    }

    @Test
    void aFileCutShortChangedOrFromOtherCodeIsEmpty() throws Exception {
        Path file = dir.resolve(ParseCache.FILE_NAME);
        ParseCache first = ParseCache.in(dir);
        first.wellFormedNow(first.text(ParseCache.Kind.VALUES, VALUES).orElseThrow());
        assertThat(first.save()).isEmpty();
        byte[] good = Files.readAllBytes(file);
        assertThat(hit()).isTrue();

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 1));
        assertThat(hit()).as("cut short").isFalse();
        for (int at : new int[] {0, 4, 10, good.length / 2, good.length - 9, good.length - 1}) {
            byte[] changed = good.clone();
            changed[at] ^= 0x20;
            Files.write(file, changed);
            assertThat(hit()).as("byte %d changed", at).isFalse();
        }
        Files.write(file, new byte[0]);
        assertThat(hit()).as("empty").isFalse();
        Files.delete(file);
        Files.createDirectory(file);
        assertThat(hit()).as("a folder").isFalse();
        Files.delete(file);

        // a file another build wrote: same layout, another header
        String other = ParseCache.Rules.VALUE.orElseThrow().replace("readers 1", "readers 0");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.write("PKPC".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] header = other.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(header.length);
        out.write(header);
        byte[] rest = java.util.Arrays.copyOfRange(good, 4 + 4 + ParseCache.Rules.VALUE.orElseThrow()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8).length, good.length - 8);
        out.write(rest);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        Files.write(file, bytes.toByteArray());
        assertThat(hit()).as("another header").isFalse();
        // the same bytes with this build's header are used: only the header made the difference
        Files.write(file, good);
        assertThat(hit()).isTrue();
    }

    @Test
    void aFolderOrFileOthersMayWriteIsNotUsed() throws Exception {
        ParseCache first = ParseCache.in(dir);
        first.wellFormedNow(first.text(ParseCache.Kind.VALUES, VALUES).orElseThrow());
        assertThat(first.save()).isEmpty();
        Path file = dir.resolve(ParseCache.FILE_NAME);
        assertThat(hit()).isTrue();
        if (!posix()) {
            // no POSIX permissions (e.g. Windows): the file system's own access control applies, the cache is used
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(hit()).as("file writable by others").isFalse();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        ParseCache shared = ParseCache.in(dir);
        assertThat(shared.text(ParseCache.Kind.VALUES, VALUES)).as("folder writable by others").isEmpty();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        assertThat(hit()).isTrue();
    }

    @Test
    void aNewFolderIsReadableByItsOwnerOnly() throws Exception {
        Path folder = dir.resolve("a/b");
        ParseCache c = ParseCache.in(folder);
        c.wellFormedNow(c.text(ParseCache.Kind.VALUES, VALUES).orElseThrow());
        assertThat(c.save()).isEmpty();
        assertThat(folder.resolve(ParseCache.FILE_NAME)).isRegularFile();
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void keepsTheLastLoadsEntriesFirstUpToItsSize() {
        // an entry takes its text (VALUES and a digit) and 13 bytes of framing
        long max = 3 * (VALUES.length() + 1 + 13) + 5;
        for (int i = 0; i < 5; i++) {
            ParseCache c = ParseCache.in(dir, max);
            c.wellFormedNow(c.text(ParseCache.Kind.VALUES, VALUES + i).orElseThrow());
            assertThat(c.save()).isEmpty();
        }
        ParseCache last = ParseCache.in(dir, max);
        List<Boolean> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            kept.add(last.wellFormed(last.text(ParseCache.Kind.VALUES, VALUES + i).orElseThrow()));
        }
        assertThat(kept).containsExactly(false, false, true, true, true);
    }

    @Test
    void writesNothingWhenALoadAddedNothing() throws Exception {
        ParseCache first = ParseCache.in(dir);
        first.wellFormedNow(first.text(ParseCache.Kind.VALUES, VALUES).orElseThrow());
        assertThat(first.save()).isEmpty();
        Path file = dir.resolve(ParseCache.FILE_NAME);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        ParseCache next = ParseCache.in(dir);
        assertThat(next.wellFormed(next.text(ParseCache.Kind.VALUES, VALUES).orElseThrow())).isTrue();
        assertThat(next.save()).isEmpty();
        assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    }

    @Test
    void aCacheThatCannotBeWrittenSaysWhy() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        ParseCache c = ParseCache.in(notAFolder);
        c.wellFormedNow(c.text(ParseCache.Kind.VALUES, VALUES).orElseThrow());
        Optional<String> problem = c.save();
        assertThat(problem).hasValueSatisfying(p -> assertThat(p).contains("was not written"));
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void anEntryThatDoesNotDecodeIsReadAgainAndReplaced() throws Exception {
        String text = "presets:\n  - name: a\n";
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32C textCrc = new java.util.zip.CRC32C();
        textCrc.update(utf8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.write("PKPC".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] header = ParseCache.Rules.VALUE.orElseThrow().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(header.length);
        out.write(header);
        out.writeInt(1);
        out.writeByte(ParseCache.Kind.PRESETS.ordinal());
        out.writeInt(utf8.length);
        out.writeInt((int) textCrc.getValue());
        out.writeInt(3);
        out.write(utf8);
        out.write(new byte[] {1, 2, 3});
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        Files.write(dir.resolve(ParseCache.FILE_NAME), bytes.toByteArray());

        ParseCache c = ParseCache.in(dir);
        ParseCache.Text t = c.text(ParseCache.Kind.PRESETS, text).orElseThrow();
        assertThat(c.presets(t)).isEmpty();
        List<PackPreset> presets = List.of(new PackPreset("a", "a", "", "", List.of()));
        c.presetsNow(t, new ParseCache.Found<>(presets, List.of(), 2));
        assertThat(c.save()).isEmpty();
        ParseCache next = ParseCache.in(dir);
        assertThat(next.presets(next.text(ParseCache.Kind.PRESETS, text).orElseThrow()))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(presets));
    }

    @Test
    void writesLeftByAProcessThatEndedAreRemovedWhenStale() throws Exception {
        Path stale = Files.writeString(dir.resolve(ParseCache.FILE_NAME + ".123.tmp"), "cut short");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - 3_600_000));
        Path recent = Files.writeString(dir.resolve(ParseCache.FILE_NAME + ".456.tmp"), "being written");
        Path other = Files.writeString(dir.resolve("notes.tmp"), "not ours");
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));
        ParseCache c = ParseCache.in(dir);
        c.wellFormedNow(c.text(ParseCache.Kind.VALUES, VALUES).orElseThrow());
        assertThat(c.save()).isEmpty();
        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }

    @Test
    void aJarIsToldFromAnotherBuildByItsEntriesNotItsTimes() throws Exception {
        Path a = jar(dir.resolve("a/readers.jar"), "class bytes one");
        Path b = jar(dir.resolve("b/readers.jar"), "class bytes two");
        Path c = jar(dir.resolve("c/readers.jar"), "class bytes one");
        for (Path p : List.of(a, b, c)) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(0));
        }
        assertThat(Files.size(a)).isEqualTo(Files.size(b));
        assertThat(ParseCache.codeOf(a)).isPresent().isNotEqualTo(ParseCache.codeOf(b));
        assertThat(ParseCache.codeOf(a)).isEqualTo(ParseCache.codeOf(c));
        assertThat(ParseCache.codeOf(Files.writeString(dir.resolve("not-a.jar"), "x"))).isEmpty();

        Path classes = Files.createDirectories(dir.resolve("classes/io"));
        Files.writeString(classes.resolve("A.class"), "one");
        Optional<String> before = ParseCache.codeOf(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "two");
        assertThat(before).isPresent().isNotEqualTo(ParseCache.codeOf(dir.resolve("classes")));
    }

    private static Path jar(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("io/profilekit/A.class");
            e.setTime(0);
            zip.putNextEntry(e);
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void noneKeepsNothing() {
        assertThat(ParseCache.none().text(ParseCache.Kind.VALUES, VALUES)).isEmpty();
        assertThat(ParseCache.none().save()).isEmpty();
    }

    private boolean hit() {
        ParseCache c = ParseCache.in(dir);
        return c.text(ParseCache.Kind.VALUES, VALUES).map(c::wellFormed).orElse(false);
    }
}
