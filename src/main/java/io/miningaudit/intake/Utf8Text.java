package io.miningaudit.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A UTF-8 file as characters, for the forms whose parsers read characters (YAML, CSV), decoded strictly: bytes that
 * are not UTF-8 stop the reading at the line and column where they stand (the JDK's decoder says only that it met
 * some; a lenient one would put U+FFFD in their place). For YAML it also stops, located, at a character YAML does not
 * allow, and at a run of more than {@link #MAX_RUN} characters without a blank: SnakeYAML copies the whole of a token
 * read so far for every kilobyte it reads, so one long token costs the square of its length.
 */
final class Utf8Text extends Reader {
    /** The longest run of characters without a blank or a line break that a YAML file may hold. */
    static final int MAX_RUN = 100_000;

    /** Why the reading stopped, and where. */
    static final class Malformed extends IOException {
        private final int line;
        private final int column;

        Malformed(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int lineNumber() {
            return line;
        }

        Location location(String file) {
            return new Location.Text(file, line, column);
        }
    }

    private final InputStream in;
    private final boolean yaml;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    /** Decoded characters not yet handed out, in read mode. */
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean end;
    /** Why decoding stopped, told once the characters decoded before it are handed out. */
    private String pending;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    private int run;

    private Utf8Text(InputStream in, boolean yaml) {
        this.in = in;
        this.yaml = yaml;
    }

    static Utf8Text yaml(InputStream in) {
        return new Utf8Text(in, true);
    }

    static Utf8Text csv(InputStream in) {
        return new Utf8Text(in, false);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw new Malformed(line, column, pending);
            }
            if (end) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            follow(buffer[i]);
        }
        return n;
    }

    /** Moves the line and column past one character, checking it where the form asks. */
    private void follow(char c) throws Malformed {
        if (c == '\n' || c == '\r' || (yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029'))) {
            if (c != '\n' || !afterCarriageReturn) {
                line++;
            }
            afterCarriageReturn = c == '\r';
            column = 1;
            run = 0;
            return;
        }
        afterCarriageReturn = false;
        if (yaml) {
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF') {
                throw new Malformed(line, column, String.format(Locale.ROOT,
                        "the character U+%04X may not stand in a YAML file", (int) c));
            }
            if (c == ' ' || c == '\t') {
                run = 0;
            } else if (++run > MAX_RUN) {
                throw new Malformed(line, column - MAX_RUN, String.format(Locale.ROOT,
                        "more than %,d characters without a blank or a line break (no value is that long)", MAX_RUN));
            }
        }
        column++;
    }

    private void fill() throws IOException {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            end = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
            pending = String.format(Locale.ROOT, "not valid UTF-8 (the byte 0x%02X)",
                    bytes.get(bytes.position()) & 0xff);
        } else if (end) {
            decoder.flush(chars);
        }
        bytes.compact();
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
