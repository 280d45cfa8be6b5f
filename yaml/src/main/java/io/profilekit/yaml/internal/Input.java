package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads inputs into text within {@link ReadLimits#maxDocumentChars()}, before any parsing, so an
 * oversized input fails at once and cheaply.
 */
public final class Input {
    private Input() {
    }

    /**
     * Checks a text's size and drops a leading byte-order mark.
     *
     * @param text the text
     * @param documentName its name
     * @param limits the limits
     * @return the text to parse
     */
    public static String check(String text, String documentName, ReadLimits limits) {
        if (text.length() > limits.maxDocumentChars()) {
            throw tooLarge(documentName, limits, null);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads a reader to its end, or until it exceeds the limit.
     *
     * @param reader the reader (not closed)
     * @param documentName its name
     * @param limits the limits
     * @return the text to parse
     */
    public static String read(Reader reader, String documentName, ReadLimits limits) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
                if (sb.length() > limits.maxDocumentChars()) {
                    throw tooLarge(documentName, limits, null);
                }
            }
            return check(sb.toString(), documentName, limits);
        } catch (CharacterCodingException e) {
            throw new ProfileParseException(documentName, 0, 0, "", "the input is not valid UTF-8 text",
                    "ProfileKit reads UTF-8 text; the file may be binary or in another encoding", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a UTF-8 file, failing before reading it if its size alone exceeds the limit.
     *
     * @param path the file
     * @param limits the limits
     * @return the text to parse
     */
    public static String read(Path path, ReadLimits limits) {
        String name = path.toString();
        try {
            // UTF-8 needs at most 3 bytes per char, so more bytes than this means too many chars.
            if (Files.size(path) > 3L * limits.maxDocumentChars()) {
                throw tooLarge(name, limits, null);
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return read(reader, name, limits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProfileParseException tooLarge(String documentName, ReadLimits limits, Throwable cause) {
        return new ProfileParseException(documentName, 0, 0, "", "the document is larger than "
                + limits.maxDocumentChars() + " characters", "ReadLimits.maxDocumentChars bounds it", cause);
    }
}
