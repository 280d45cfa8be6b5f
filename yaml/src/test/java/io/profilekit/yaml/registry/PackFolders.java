package io.profilekit.yaml.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes pack folders for tests. */
final class PackFolders {
    private PackFolders() {
    }

    /** A minimal valid pack.json. */
    static String packJson(String name, String version, String layer, String... clouds) {
        StringBuilder cloudList = new StringBuilder();
        for (String c : clouds.length == 0 ? new String[] {"all"} : clouds) {
            cloudList.append(cloudList.length() == 0 ? "" : ", ").append('"').append(c).append('"');
        }
        return "{\n"
                + "  \"name\": \"" + name + "\",\n"
                + "  \"displayName\": \"" + name + "\",\n"
                + "  \"version\": \"" + version + "\",\n"
                + "  \"layer\": \"" + layer + "\",\n"
                + "  \"cloudTypes\": [" + cloudList + "]\n"
                + "}\n";
    }

    /** Writes a file (and its folders) as UTF-8. */
    static Path write(Path root, String relative, String text) {
        return writeBytes(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file (and its folders). */
    static Path writeBytes(Path root, String relative, byte[] bytes) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a pack folder with a pack.json and an empty values.yaml. */
    static Path pack(Path root, String folder, String packJson) {
        write(root, folder + "/pack.json", packJson);
        return write(root, folder + "/values.yaml", "");
    }
}
