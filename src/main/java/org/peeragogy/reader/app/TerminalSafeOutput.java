package org.peeragogy.reader.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line's output with the terminal's control characters taken out (issue 13 retest, m7): a
 * handbook's title, a chapter id, a note or a snippet is text from outside, and ESC, BEL, a lone carriage
 * return or a C1 control (U+0080–U+009F) in it could retitle the user's terminal or rewrite what they see
 * (ECMA-48 escape and control sequences). Everything written to standard output and error passes through
 * here, so every field of every command is covered as a kind: C0 controls other than tab and line feed,
 * DEL, a carriage return not followed by a line feed, and the two-byte UTF-8 forms of C1 controls are
 * dropped; the letters of a sequence that follow its ESC stay as harmless text. Input is UTF-8 (the stream
 * the reader prints with). Threads: as the stream it wraps.
 */
final class TerminalSafeOutput extends FilterOutputStream {
    private boolean pendingC2; // 0xC2 seen: a C1 control if the next byte is 0x80..0x9F
    private boolean pendingCr; // a carriage return seen: kept only before a line feed

    private TerminalSafeOutput(OutputStream out) {
        super(out);
    }

    /** {@code out}, printing UTF-8, with terminal controls removed from all it writes. */
    static PrintStream wrap(PrintStream out) {
        return new PrintStream(new TerminalSafeOutput(out), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xFF;
        if (pendingC2) {
            pendingC2 = false;
            if (b >= 0x80 && b <= 0x9F) {
                return; // U+0080..U+009F
            }
            out.write(0xC2);
        }
        if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
                out.write('\r');
            }
        }
        if (b == 0xC2) {
            pendingC2 = true;
        } else if (b == '\r') {
            pendingCr = true;
        } else if (b == '\t' || b == '\n' || (b >= 0x20 && b != 0x7F)) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush(); // a pending 0xC2 waits for its second byte, which a UTF-8 writer never splits off
    }
}
