package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The command line's letters beyond ASCII in a C or POSIX locale (fresh tester t17b's M1). Java decodes its
 * arguments, and encodes file names, in the locale's character set ({@code sun.jnu.encoding}); in the C locale that
 * is ASCII, so {@code java -jar … --note "Ünïcödé"} arrived as "\uFFFD\uFFFDn\uFFFD…" and was kept so. On Linux the
 * bytes as typed are still in {@code /proc/self/cmdline}: where they are UTF-8 (as a terminal sends them), they are
 * the arguments, and a {@code java -jar} start runs again in a child JVM in C.UTF-8's character set
 * ({@link JarRelaunch}), as the package's launcher starts its JVM, which is given them in {@value #PROPERTY}
 * (a process's arguments would be encoded in ASCII again). Another character set (ISO-8859-1…) is the person's own
 * and Java reads it right: nothing changes there.
 */
final class RawArguments {
    /** The child's arguments, from a parent that could not pass them as arguments: each one's UTF-8 in Base64, then a '.'. */
    static final String PROPERTY = "peeragogy.arguments";

    private RawArguments() {
    }

    /**
     * The arguments as typed: those in {@value #PROPERTY} when this JVM was started with it; else, in an ASCII
     * locale, {@code received} read again from {@code cmdline} (the process's NUL-separated arguments) as UTF-8
     * where they are UTF-8 and are the same arguments; else {@code received}. Reads a file: main thread, at start.
     */
    static String[] of(String[] received, String property, Charset platform, Path cmdline) {
        if (property != null) {
            return decode(property);
        }
        if (!platform.equals(StandardCharsets.US_ASCII) || received.length == 0) {
            return received;
        }
        List<byte[]> raw;
        try {
            raw = split(Files.readAllBytes(cmdline));
        } catch (IOException | RuntimeException notLinux) {
            return received;
        }
        if (raw.size() < received.length) {
            return received;
        }
        List<byte[]> tail = raw.subList(raw.size() - received.length, raw.size());
        String[] typed = new String[received.length];
        for (int i = 0; i < typed.length; i++) {
            if (!new String(tail.get(i), platform).equals(received[i])) {
                return received; // not this JVM's arguments as it read them: leave them
            }
            try {
                typed[i] = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(tail.get(i))).toString();
            } catch (CharacterCodingException notUtf8) {
                return received;
            }
        }
        return typed;
    }

    /** {@link #of} for this process. */
    static String[] ofThisProcess(String[] received) {
        return of(received, System.getProperty(PROPERTY), platform(), Path.of("/proc/self/cmdline"));
    }

    /** The character set this JVM reads arguments and file names in ({@code sun.jnu.encoding}). */
    static Charset platform() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** True when this JVM read {@code received} with letters lost that {@code typed} has ({@link #of}). */
    static boolean lostHere(String[] received, String[] typed) {
        return !Arrays.equals(received, typed) && platform().equals(StandardCharsets.US_ASCII);
    }

    /** {@code args} for {@value #PROPERTY}. */
    static String encode(String[] args) {
        StringBuilder b = new StringBuilder();
        for (String a : args) {
            b.append(Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8))).append('.');
        }
        return b.toString();
    }

    private static String[] decode(String property) {
        String[] parts = property.split("\\.", -1);
        String[] args = new String[parts.length - 1]; // the last '.' ends the last argument
        for (int i = 0; i < args.length; i++) {
            args[i] = new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8);
        }
        return args;
    }

    /**
     * A child's environment (changed in place) with C.UTF-8's character set, as the package's launcher gives its
     * JVM: {@code LC_ALL} where that is set (it wins over the rest), else {@code LC_CTYPE}; the messages' language
     * stays the person's.
     */
    static void utf8Locale(Map<String, String> environment) {
        String all = environment.get("LC_ALL");
        environment.put(all != null && !all.isEmpty() ? "LC_ALL" : "LC_CTYPE", "C.UTF-8");
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            parts.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return parts;
    }
}
