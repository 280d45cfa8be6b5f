package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads every input ProfileKit parses — documents, registry files, Helm indexes — as strict UTF-8
 * text within a size limit, checked before any parsing (and, for a stream, while reading), so an
 * oversized input fails at once and cheaply. Failures are {@link ProfileParseException}s naming
 * the input; a failing read is an {@link UncheckedIOException}.
 */
public final class Input {
    private static final String NOT_UTF8 = "the input is not valid UTF-8 text";
    private static final String NOT_UTF8_HINT = "ProfileKit reads UTF-8 text; the file may be binary or in another"
            + " encoding";

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
            throw new ProfileParseException(documentName, 0, 0, "", tooLarge(limits), "ReadLimits.maxDocumentChars"
                    + " bounds it", null);
        }
        return withoutBom(text);
    }

    /**
     * Reads a reader to its end, or until it exceeds the limit. The reader is not closed.
     *
     * @param reader the reader
     * @param documentName its name
     * @param limits the limits
     * @return the text to parse
     */
    public static String read(Reader reader, String documentName, ReadLimits limits) {
        return check(drain(reader, documentName, limits.maxDocumentChars()), documentName, limits);
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
        // UTF-8 needs at most 3 bytes per char, so more bytes than this means too many chars.
        if (size(path) > 3L * limits.maxDocumentChars()) {
            throw new ProfileParseException(name, 0, 0, "", tooLarge(limits), "ReadLimits.maxDocumentChars bounds it",
                    null);
        }
        try (Reader reader = utf8(Files.newInputStream(path), name)) {
            return read(reader, name, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a UTF-8 stream of at most {@code maxBytes} bytes fully, keeping a byte-order mark. The
     * stream is closed.
     *
     * @param in the stream
     * @param documentName its name
     * @param maxBytes the limit
     * @return the text, exactly as stored
     */
    public static String read(InputStream in, String documentName, long maxBytes) {
        // Whole, then decoded at once: pack folders are thousands of small files, and decoding char
        // by char while counting lines was most of reading them. Anything unusual (bytes that are
        // not UTF-8, more bytes than the limit) is read again the careful way, from the same bytes,
        // so that it fails exactly as before: at the line and column of the bad bytes, or at the limit.
        byte[] bytes = new byte[(int) Math.min(8192, maxBytes + 1)];
        int size = 0;
        boolean over = false;
        try {
            while (true) {
                if (size == bytes.length) {
                    if (size > maxBytes) {
                        over = true;
                        break;
                    }
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(maxBytes + 1, 2L * bytes.length));
                }
                int n = in.read(bytes, size, bytes.length - size);
                if (n < 0) {
                    break;
                }
                size += n;
            }
        } catch (IOException e) {
            close(in);
            throw new UncheckedIOException(e);
        }
        if (!over) {
            close(in);
            Optional<String> text = decode(bytes, size);
            if (text.isPresent()) {
                return text.get();
            }
        }
        InputStream readSoFar = new ByteArrayInputStream(bytes, 0, size);
        InputStream again = over ? new java.io.SequenceInputStream(readSoFar, in) : readSoFar;
        try (Reader reader = utf8(new LimitedStream(again, documentName, maxBytes), documentName)) {
            return drain(reader, documentName, Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8 decoding of a whole input, or empty if it is not UTF-8. */
    private static Optional<String> decode(byte[] bytes, int size) {
        boolean ascii = true;
        for (int i = 0; i < size; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return Optional.of(new String(bytes, 0, size, StandardCharsets.ISO_8859_1));
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, size)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens a UTF-8 file of at most {@code maxBytes} bytes for reading as it is parsed.
     *
     * @param path the file
     * @param documentName its name
     * @param maxBytes the limit, checked on the file's size first
     * @return a reader, to close
     */
    public static Reader open(Path path, String documentName, long maxBytes) {
        if (size(path) > maxBytes) {
            throw fileTooLarge(documentName, maxBytes);
        }
        try {
            return utf8(new LimitedStream(Files.newInputStream(path), documentName, maxBytes), documentName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reader that fails once more than {@code maxChars} characters have been read through it.
     *
     * @param reader the reader
     * @param documentName its name
     * @param maxChars the limit
     * @return the bounded reader
     */
    public static Reader limited(Reader reader, String documentName, long maxChars) {
        return new Reader() {
            private long total;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n = read(reader, buf, off, len);
                total += Math.max(0, n);
                if (total > maxChars) {
                    throw new ProfileParseException(documentName, 0, 0, "", "the document is larger than the limit of "
                            + maxChars + " characters", "raise the limit if the input is trusted", null);
                }
                return n;
            }

            private int read(Reader r, char[] buf, int off, int len) throws IOException {
                try {
                    return r.read(buf, off, len);
                } catch (CharacterCodingException e) {
                    throw new ProfileParseException(documentName, 0, 0, "", NOT_UTF8, NOT_UTF8_HINT, e);
                }
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /**
     * The problem of a document over the size limit.
     *
     * @param limits the limits
     * @return the problem
     */
    static String tooLarge(ReadLimits limits) {
        return "the document is larger than " + limits.maxDocumentChars() + " characters";
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader utf8(InputStream in, String documentName) {
        return new Utf8Reader(in, documentName);
    }

    /**
     * Strict UTF-8 decoding that knows the line and column it has reached, so that a byte sequence
     * that is not UTF-8 is reported where it is.
     */
    private static final class Utf8Reader extends Reader {
        private final InputStream in;
        private final String documentName;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        /** A low surrogate decoded when the caller had room for one char only. */
        private final CharBuffer spill = CharBuffer.allocate(2).flip();
        private boolean endOfInput;
        private boolean flushed;
        private int line = 1;
        private int column = 1;
        private boolean afterCarriageReturn;

        Utf8Reader(InputStream in, String documentName) {
            this.in = in;
            this.documentName = documentName;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (spill.hasRemaining()) {
                buf[off] = spill.get();
                count(buf, off, off + 1);
                return 1;
            }
            CharBuffer out = CharBuffer.wrap(buf, off, len);
            while (true) {
                if (flushed) {
                    return -1;
                }
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    count(buf, off, out.position());
                    throw new ProfileParseException(documentName, line, column, "", NOT_UTF8, NOT_UTF8_HINT, null);
                }
                if (out.position() > off) {
                    count(buf, off, out.position());
                    return out.position() - off;
                }
                if (result.isOverflow()) {
                    spill.clear();
                    decoder.decode(bytes, spill, endOfInput);
                    spill.flip();
                    return read(buf, off, len);
                }
                if (endOfInput) {
                    decoder.flush(out);
                    flushed = true;
                    int n = out.position() - off;
                    count(buf, off, out.position());
                    return n > 0 ? n : -1;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }

        private void count(char[] buf, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = buf[i];
                if (c == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    column = 1;
                } else if (c == '\r') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
                afterCarriageReturn = c == '\r';
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static String drain(Reader reader, String documentName, long maxChars) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
                if (sb.length() > maxChars) {
                    // Reported by check() with the limit's own message.
                    return sb.toString();
                }
            }
            return sb.toString();
        } catch (CharacterCodingException e) {
            throw new ProfileParseException(documentName, 0, 0, "", NOT_UTF8, NOT_UTF8_HINT, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProfileParseException fileTooLarge(String documentName, long maxBytes) {
        return new ProfileParseException(documentName, 0, 0, "", "the file is larger than the limit of " + maxBytes
                + " bytes", "raise the limit if the file is trusted", null);
    }

    /** A stream that fails once more than its limit of bytes has been read. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private final String documentName;
        private final long maxBytes;
        private long total;

        LimitedStream(InputStream in, String documentName, long maxBytes) {
            this.in = in;
            this.documentName = documentName;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                total += n;
                if (total > maxBytes) {
                    throw fileTooLarge(documentName, maxBytes);
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
