package io.profilekit.yaml.internal.registry;

import io.profilekit.yaml.registry.PackRegistryException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads text with a size bound and strict UTF-8 decoding. Internal. */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * Reads a stream fully as UTF-8, refusing more than {@code maxBytes} bytes and malformed UTF-8.
     * The stream is closed.
     *
     * @param in the stream
     * @param maxBytes the limit
     * @param file the file's name in messages
     * @return the text, exactly as stored (a byte-order mark included)
     * @throws PackRegistryException if the stream is too large, not UTF-8 or cannot be read
     */
    public static String readUtf8(InputStream in, long maxBytes, String file) {
        byte[] bytes;
        try (InputStream stream = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = stream.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new PackRegistryException(file, 0, 0, null, "the file is larger than the limit of "
                            + maxBytes + " bytes; raise maxFileBytes if it is trusted", null);
                }
                out.write(buffer, 0, n);
            }
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new PackRegistryException(file, 0, 0, null, "cannot be read: " + e, e);
        }
        return decode(bytes, file);
    }

    /**
     * Reads characters fully, refusing more than {@code maxChars}. The reader is closed.
     *
     * @param in the reader
     * @param maxChars the limit
     * @param file the document's name in messages
     * @return the text
     */
    public static String read(Reader in, long maxChars, String file) {
        StringBuilder sb = new StringBuilder();
        try (Reader reader = in) {
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                if (sb.length() + (long) n > maxChars) {
                    throw new PackRegistryException(file, 0, 0, null, "the document is larger than the limit of "
                            + maxChars + " characters; raise maxBytes if it is trusted", null);
                }
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new PackRegistryException(file, 0, 0, null, "cannot be read: " + e, e);
        }
        return sb.toString();
    }

    private static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PackRegistryException(file, 0, 0, null, "is not valid UTF-8 text", e);
        }
    }
}
