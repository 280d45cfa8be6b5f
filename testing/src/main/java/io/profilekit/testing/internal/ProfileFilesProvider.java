package io.profilekit.testing.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SafeText;
import io.profilekit.testing.junit.ProfileFile;
import io.profilekit.testing.junit.ProfileFiles;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The arguments of {@link ProfileFiles}: one per matching file, named by the file's path. */
public final class ProfileFilesProvider implements ArgumentsProvider, AnnotationConsumer<ProfileFiles> {
    private ProfileFiles annotation;
    private static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    /** Created by JUnit. */
    public ProfileFilesProvider() {
    }

    @Override
    public void accept(ProfileFiles a) {
        this.annotation = a;
    }

    @Override
    @SuppressWarnings("deprecation") // the one method every JUnit 5.x and 6.x calls
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return SourceSupport.all(() -> arguments(context));
    }

    private List<Arguments> arguments(ExtensionContext context) {
        Class<?> wanted = firstParameter(context.getRequiredTestMethod());
        Map<String, ProfileFile> found = new TreeMap<>();
        for (String pattern : annotation.value()) {
            Map<String, ProfileFile> matches = annotation.folder().isEmpty()
                    ? onClassPath(pattern, context.getRequiredTestClass().getClassLoader())
                    : inFolder(Path.of(annotation.folder()), pattern);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("@ProfileFiles: no file matches " + SafeText.quote(pattern)
                        + (annotation.folder().isEmpty() ? " on the test class path"
                                : " in the folder " + Path.of(annotation.folder()).toAbsolutePath()));
            }
            found.putAll(matches);
        }
        return found.values().stream().map(f -> Arguments.of(Named.of(f.toString(), payload(f, wanted))))
                .collect(java.util.stream.Collectors.toList());
    }

    private static Class<?> firstParameter(Method m) {
        if (m.getParameterCount() == 0) {
            throw new IllegalArgumentException("@ProfileFiles: " + m.getName() + " takes no parameter; give it a"
                    + " ProfileFile, a ClusterProfile or a String");
        }
        return m.getParameterTypes()[0];
    }

    private static Object payload(ProfileFile f, Class<?> wanted) {
        if (wanted.isAssignableFrom(ProfileFile.class)) {
            return f;
        }
        if (wanted == String.class) {
            return f.text();
        }
        if (ClusterProfile.class.isAssignableFrom(wanted)) {
            ClusterProfile p = f.profile();
            if (!wanted.isInstance(p)) {
                throw new IllegalArgumentException("@ProfileFiles: " + f + " holds a " + p.kind().documentKind()
                        + ", not a " + wanted.getSimpleName());
            }
            return p;
        }
        throw new IllegalArgumentException("@ProfileFiles gives a ProfileFile, a ClusterProfile (or one of its kinds)"
                + " or a String, not a " + wanted.getName());
    }

    /** The pattern's fixed folder part and its glob. */
    private static String[] split(String pattern) {
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        int glob = indexOfGlob(p);
        int slash = p.lastIndexOf('/', glob < 0 ? p.length() : glob);
        return new String[] {slash < 0 ? "" : p.substring(0, slash), slash < 0 ? p : p.substring(slash + 1)};
    }

    private static int indexOfGlob(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("*?[{".indexOf(p.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, ProfileFile> onClassPath(String pattern, ClassLoader loader) {
        String[] parts = split(pattern);
        Map<String, ProfileFile> out = new TreeMap<>();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(parts[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (URL url : Collections.list(roots)) {
            try {
                URI uri = url.toURI();
                if (uri.getScheme().equals("file")) {
                    out.putAll(walk(Path.of(uri), parts[0], parts[1]));
                } else if (uri.getScheme().equals("jar")) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        out.putAll(walk(jar.provider().getPath(uri), parts[0], parts[1]));
                    }
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalArgumentException("@ProfileFiles: cannot read " + SafeText.quote(url.toString())
                        + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Map<String, ProfileFile> inFolder(Path folder, String pattern) {
        String[] parts = split(pattern);
        Path dir = parts[0].isEmpty() ? folder : folder.resolve(parts[0]);
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        return walk(dir, parts[0], parts[1]);
    }

    /** The regular files under dir matching the glob, not following links out of dir. */
    private static Map<String, ProfileFile> walk(Path dir, String prefix, String glob) {
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        Map<String, ProfileFile> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> list = new ArrayList<>();
            files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).forEach(list::add);
            for (Path f : list) {
                String relative = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (!matcher.matches(dir.getFileSystem().getPath(relative))) {
                    continue;
                }
                if (Files.size(f) > MAX_FILE_BYTES) {
                    throw new IllegalArgumentException("@ProfileFiles: " + SafeText.quote(relative) + " is larger than "
                            + MAX_FILE_BYTES + " bytes");
                }
                String name = prefix.isEmpty() ? relative : prefix + "/" + relative;
                out.put(name, new ProfileFile(name, new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("@ProfileFiles: cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
