package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package's launcher (packaging/launcher.sh, decision 0084), run with /bin/sh in an app image whose java is a
 * stand-in that prints the environment and the arguments it was given: the environment each rule sets (the
 * locale, GTK's OpenGL, a portable copy's settings), the ':' refused in words, and a folder named with quotes, a
 * command and letters beyond ASCII passed through as it is, nothing in it run.
 */
class LauncherScriptTest {
    private static final String MAIN = "org.peeragogy.reader/org.peeragogy.reader.app.Main";

    @TempDir
    Path dir;

    /** What the stand-in java was given, or what the launcher said instead. */
    private record Run(int exit, Map<String, String> env, List<String> args, String err) {
    }

    /**
     * An app image at {@code top}: bin/peeragogy-reader filled from the template as build.sh fills it (one option
     * naming $app), and a java that prints "ENV " and each variable, then "ARG " and each argument.
     */
    private static Path image(Path top, boolean portable) throws IOException {
        String template = Files.readString(Path.of("packaging/launcher.sh"));
        assertTrue(template.contains("\n@OPTIONS@\n") && template.contains("@MAIN_MODULE@"), "the template's markers moved");
        String launcher = template.replace("\n@OPTIONS@\n", "\n    \"-Dhandbook.dir=$app/handbook\" \\\n")
                .replace("@MAIN_MODULE@", MAIN);
        Path bin = Files.createDirectories(top.resolve("bin"));
        Path java = Files.createDirectories(top.resolve("lib/runtime/bin")).resolve("java");
        Files.createDirectories(top.resolve("lib/app"));
        Files.writeString(java, """
                #!/bin/sh
                env | sed 's/^/ENV /'
                for a in "$@"; do printf 'ARG %s\\n' "$a"; done
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = bin.resolve("peeragogy-reader");
        Files.writeString(script, launcher);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x")); // as build.sh leaves it
        if (portable) {
            Files.writeString(top.resolve("portable"), "");
        }
        return script;
    }

    /** Runs {@code script} with /bin/sh, in an environment of PATH and {@code env} alone. */
    private Run run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        Map<String, String> seen = new HashMap<>();
        List<String> seenArgs = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("ENV ") && line.indexOf('=') > 0) {
                seen.put(line.substring(4, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            } else if (line.startsWith("ARG ")) {
                seenArgs.add(line.substring(4));
            }
        }
        return new Run(p.exitValue(), seen, seenArgs, err);
    }

    private Path plainImage() throws IOException {
        return image(dir.resolve("app"), false);
    }

    @Test
    void aCLocaleAndAPosixLocaleReadArgumentsAsUtf8() throws Exception {
        Path script = plainImage();
        Run lang = run(script, Map.of("LANG", "C"));
        assertEquals("C.UTF-8", lang.env().get("LC_CTYPE"), lang.env().toString());
        assertEquals("C", lang.env().get("LANG"), "the messages' language changed");
        Run all = run(script, Map.of("LC_ALL", "POSIX"));
        assertEquals("C.UTF-8", all.env().get("LC_ALL"), "LC_ALL would win over LC_CTYPE: " + all.env());
        Run none = run(script, Map.of());
        assertEquals("C.UTF-8", none.env().get("LC_CTYPE"), "no locale at all is the C locale: " + none.env());
    }

    @Test
    void anIso88591LocaleIsThePersonsOwnAndKept() throws Exception {
        Path locales = Files.createDirectory(dir.resolve("locales"));
        boolean made;
        try {
            Process p = new ProcessBuilder("localedef", "-i", "en_US", "-f", "ISO-8859-1",
                    locales.resolve("en_US.ISO-8859-1").toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            made = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noLocaledef) {
            made = false;
        }
        assumeTrue(made, "localedef cannot make an ISO-8859-1 locale here");
        Run run = run(plainImage(), Map.of("LOCPATH", locales.toString(), "LANG", "en_US.ISO-8859-1"));
        assertEquals("en_US.ISO-8859-1", run.env().get("LANG"));
        assertFalse(run.env().containsKey("LC_CTYPE"), "an ISO-8859-1 locale was overridden: " + run.env());
        assertFalse(run.env().containsKey("LC_ALL"), run.env().toString());
    }

    @Test
    void withoutAGraphicsDeviceGtkLoadsNoOpenGlUnlessThePersonSaidOtherwise() throws Exception {
        Path script = plainImage();
        Run run = run(script, Map.of("LANG", "C.UTF-8"));
        if (SoftwareDrawing.noGraphicsDevice()) {
            assertEquals("disable", run.env().get("GDK_GL"), run.env().toString());
        } else {
            assertFalse(run.env().containsKey("GDK_GL"), "OpenGL turned off on a machine with a graphics device");
        }
        assertEquals("gles", run(script, Map.of("GDK_GL", "gles")).env().get("GDK_GL"), "the person's GDK_GL was changed");
    }

    @Test
    void aPortableCopyKeepsGtkSettingsInMemoryEvenWhenTheVariableIsSetEmpty() throws Exception {
        Path portable = image(dir.resolve("stick"), true);
        assertEquals("memory", run(portable, Map.of()).env().get("GSETTINGS_BACKEND"));
        // Set but empty is GIO's default, dconf in the home folder (t17b's N3).
        assertEquals("memory", run(portable, Map.of("GSETTINGS_BACKEND", "")).env().get("GSETTINGS_BACKEND"));
        assertEquals("keyfile", run(portable, Map.of("GSETTINGS_BACKEND", "keyfile")).env().get("GSETTINGS_BACKEND"),
                "the person's own backend was changed");
        assertFalse(run(plainImage(), Map.of()).env().containsKey("GSETTINGS_BACKEND"),
                "an installed copy's GTK settings were kept in memory");
    }

    @Test
    void aPortableCopyKeepsGtksRecentFilesConfigAndCacheOnTheStickUnlessThePersonNamedFolders() throws Exception {
        Path stick = dir.resolve("stick");
        Run run = run(image(stick, true), Map.of("XDG_CACHE_HOME", ""));
        Path data = stick.toRealPath().resolve("data/desktop");
        assertEquals(data.resolve("share").toString(), run.env().get("XDG_DATA_HOME"), run.env().toString());
        assertEquals(data.resolve("config").toString(), run.env().get("XDG_CONFIG_HOME"));
        assertEquals(data.resolve("cache").toString(), run.env().get("XDG_CACHE_HOME"), "set but empty is GLib's default");
        assertTrue(List.of(run.env().get(OwnEnvironment.NAMES).split(" "))
                .containsAll(List.of("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")), "not taken out for the browser");

        Run own = run(image(dir.resolve("stick2"), true), Map.of("XDG_DATA_HOME", "/srv/mine"));
        assertEquals("/srv/mine", own.env().get("XDG_DATA_HOME"), "the person's own folder was changed");
        assertFalse(List.of(own.env().get(OwnEnvironment.NAMES).split(" ")).contains("XDG_DATA_HOME"));
        // A stick whose name would run a command if the launcher read it as shell words.
        Path odd = dir.resolve("Ana's stick x'$(touch PWNED)'y \"$HOME\"");
        Run quoted = run(image(odd, true), Map.of());
        assertEquals(odd.toRealPath().resolve("data/desktop/cache").toString(), quoted.env().get("XDG_CACHE_HOME"));
        assertFalse(Files.exists(dir.resolve("PWNED")) || Files.exists(Path.of("PWNED")), "a command in the name ran");
        Map<String, String> installed = run(plainImage(), Map.of()).env();
        assertFalse(installed.containsKey("XDG_DATA_HOME") || installed.containsKey("XDG_CONFIG_HOME")
                || installed.containsKey("XDG_CACHE_HOME"), "an installed copy moved GTK's folders: " + installed);
    }

    /**
     * Fresh tester t34's F4: a copy started from the home folder with --data-dir naming the stick's data folder (the
     * README's advice for a noexec drive) kept GTK's recent files in the copy's own data/desktop/, on the computer.
     */
    @Test
    void aPortableCopyGivenADataFolderKeepsGtksFilesInThatFoldersDesktopFolder() throws Exception {
        Path copy = image(dir.resolve("home/peeragogy-reader"), true);
        Run named = run(copy, Map.of(), "--data-dir", "/media/stick/peeragogy-reader/data", "notes");
        assertEquals("/media/stick/peeragogy-reader/data/desktop/share", named.env().get("XDG_DATA_HOME"));
        assertEquals("/media/stick/peeragogy-reader/data/desktop/config", named.env().get("XDG_CONFIG_HOME"));
        assertEquals("/media/stick/peeragogy-reader/data/desktop/cache", named.env().get("XDG_CACHE_HOME"));
        Run relative = run(copy, Map.of(), "--data-dir=stick data");
        assertEquals(dir.toRealPath().resolve("stick data/desktop/share").toString(), relative.env().get("XDG_DATA_HOME"));
        Run argument = run(copy, Map.of(), "import", "--", "--data-dir", "/elsewhere");
        assertEquals(dir.resolve("home/peeragogy-reader").toRealPath().resolve("data/desktop/share").toString(),
                argument.env().get("XDG_DATA_HOME"), "a file named after --, not an option");
        assertEquals(List.of("import", "--", "--data-dir", "/elsewhere"),
                argument.args().subList(argument.args().size() - 4, argument.args().size()));
    }

    /** What the launcher sets for the reader alone is listed, for the browser the reader opens not to get it. */
    @Test
    void whatIsSetForTheReaderAloneIsListedAndThePersonsOwnValuesAreKept() throws Exception {
        Run run = run(image(dir.resolve("stick"), true), Map.of("LANG", "C.UTF-8"));
        assertEquals("2", run.env().get("MALLOC_ARENA_MAX"), run.env().toString());
        List<String> listed = List.of(run.env().get(OwnEnvironment.NAMES).split(" "));
        assertTrue(listed.containsAll(List.of("GSETTINGS_BACKEND", "MALLOC_ARENA_MAX")), listed.toString());
        assertEquals(SoftwareDrawing.noGraphicsDevice(), listed.contains("GDK_GL"), listed.toString());

        Run own = run(plainImage(), Map.of("MALLOC_ARENA_MAX", "8", "GDK_GL", "gles",
                OwnEnvironment.NAMES, "HOME PATH"));
        assertEquals("8", own.env().get("MALLOC_ARENA_MAX"), "the person's MALLOC_ARENA_MAX was changed");
        assertEquals("", own.env().getOrDefault(OwnEnvironment.NAMES, ""),
                "a variable the person set was listed, or a list from outside was kept");
    }

    /** The words that name the command say the one that started it (t17a's N1). */
    @Test
    void theCommandIsItsNameWhereThePathFindsItElseThePathItWasStartedBy() throws Exception {
        Path script = plainImage();
        assertTrue(run(script, Map.of()).args().contains("-D" + ProgramName.PROPERTY + "=" + script));
        Path onPath = Files.createDirectory(dir.resolve("usr-bin"));
        Files.createSymbolicLink(onPath.resolve("peeragogy-reader"), script);
        Run found = run(onPath.resolve("peeragogy-reader"), Map.of("PATH", onPath + ":/usr/bin:/bin"));
        assertTrue(found.args().contains("-D" + ProgramName.PROPERTY + "=peeragogy-reader"), found.args().toString());
        // Another copy on the PATH is not this one.
        Path other = image(dir.resolve("other"), false);
        Run notFound = run(other, Map.of("PATH", onPath + ":/usr/bin:/bin"));
        assertTrue(notFound.args().contains("-D" + ProgramName.PROPERTY + "=" + other), notFound.args().toString());
    }

    @Test
    void aColonInTheFoldersPathIsSaidInASentenceAndJavaIsNotStarted() throws Exception {
        Run run = run(image(dir.resolve("Workshop 10:30"), false), Map.of());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("cannot start from a folder whose path has a ':' in it")
                && run.err().contains("Workshop 10:30") && run.err().contains("Rename"), run.err());
        assertEquals(List.of(), run.args(), "java was started");
    }

    @Test
    void aColonInTheDrivesNameAboveAPortableCopyIsSaidWithACopyElsewhereThatKeepsTheNotesOnTheDrive() throws Exception {
        // A stick's mount point can hold the ':' (its label), which the person cannot rename (t30's F5.2); its label
        // may hold quotes and a '$' too, and the folder to type is one word a shell reads back as it is (t31's F12).
        Path top = dir.resolve("media/Kim's \"USB\" $HOME 10:30/peeragogy-reader");
        Run run = run(image(top, true), Map.of());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("The ':' is in " + top.getParent() + ", which may be the drive's own name.")
                && run.err().contains("Copy the folder peeragogy-reader to your home folder, without its data folder,"
                + " and start it there with --data-dir '") && !run.err().contains("Rename"), run.err());
        String typed = run.err().replaceAll("(?s).*--data-dir ('.*') each time.*", "$1");
        Process sh = new ProcessBuilder("sh", "-c", "printf '%s' " + typed).start();
        assertEquals(top.resolve("data").toString(), new String(sh.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8), "the line as a shell reads it: " + typed);
        assertEquals(List.of(), run.args(), "java was started");
    }

    @Test
    void aJavaThatMayNotRunIsSaidInASentenceThatNamesTheDataFolder() throws Exception {
        // A stick mounted noexec for real: sh reads the script, but the runtime's java cannot be run.
        Path stick = Files.createDirectories(dir.resolve("stick"));
        assumeTrue(org.peeragogy.reader.Mounts.mount(stick, "noexec"), "mounting a tmpfs needs mount permission (root in CI)");
        try {
            aJavaOnANoexecDriveIsSaidInASentenceThatNamesTheDataFolder(stick);
        } finally {
            org.peeragogy.reader.Mounts.unmount(stick);
        }
    }

    /**
     * Fresh tester t34's F5: a zip unpacked by a tool that drops the permission to run. Copying the folder elsewhere (the
     * noexec advice) would not help: unpacking it again, or chmod, does, which is said with the folder's name quoted.
     */
    @Test
    void aJavaThatLostItsPermissionToRunIsSaidWithUnpackAgainOrChmodNotCopyElsewhere() throws Exception {
        Path top = dir.resolve("Ana's stick/peeragogy-reader");
        Path script = image(top, true);
        Files.setPosixFilePermissions(top.resolve("lib/runtime/bin/java"), PosixFilePermissions.fromString("rw-r--r--"));
        Run run = run(script, Map.of());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("lost their permission to run") && run.err().contains("again with unzip or tar")
                && run.err().contains("cd '" + top.toRealPath().toString().replace("'", "'\\''") + "' && chmod -R u+x bin"
                + " lib/runtime/bin lib/runtime/lib"), run.err());
        assertFalse(run.err().contains("noexec") || run.err().contains("Copy the folder"), run.err());
        assertEquals(List.of(), run.args(), "java was started");
    }

    private void aJavaOnANoexecDriveIsSaidInASentenceThatNamesTheDataFolder(Path stick) throws Exception {
        Path top = stick.resolve("peeragogy-reader");
        Path script = image(top, true);
        Run run = run(script, Map.of());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("does not let programs on it run") && run.err().contains("Copy the folder")
                && run.err().contains("without its data folder")
                && run.err().contains("--data-dir '" + top.toRealPath().resolve("data") + "' each time"), run.err());
        assertEquals(List.of(), run.args(), "java was started");

        // An installed copy keeps its notes in the person's folder: no --data-dir is suggested there.
        Path installed = stick.resolve("opt/peeragogy-reader");
        Path other = image(installed, false);
        Run plain = run(other, Map.of());
        assertTrue(plain.exit() != 0 && plain.err().contains("Copy the folder peeragogy-reader") && !plain.err().contains("--data-dir"),
                plain.err());
    }

    @Test
    void quotesACommandAndLettersBeyondAsciiInThePathRunNothingAndPassThroughIntact() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names here are not UTF-8");
        Path top = dir.resolve("Ana's stick x'$(touch PWNED)'y \"`touch PWNED2`\" ä Ünï");
        Path script = image(top, false);
        String note = "Ünïcödé $(touch PWNED3) 'q' \"r\"";
        Run run = run(script, Map.of("LANG", "C"), "--note", note);
        assertEquals(0, run.exit(), run.err());
        Path real = top.toRealPath();
        assertEquals(List.of("-Djpackage.app-path=" + real.resolve("bin/peeragogy-reader"),
                "-D" + ProgramName.PROPERTY + "=" + script, "-Dhandbook.dir=" + real.resolve("lib/app/handbook"), "-m", MAIN, "--note", note), run.args());
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith("PWNED")).toList(),
                    "a command named in the path or an argument was run");
        }
    }

    /**
     * docs/packaging.md gave -Xmn24m where the launcher has -Xmn8m, and left out -Xss1m (fresh tester t34's F10); the
     * module options of decision 0095 ({@code --add-exports}, {@code --add-opens}) are held the same way.
     */
    @Test
    void everyJvmOptionBuildShGivesTheLauncherIsTheOneDocsPackagingNames() throws Exception {
        String build = Files.readString(Path.of("packaging/build.sh"));
        String doc = Files.readString(Path.of("docs/packaging.md")).replaceAll("\\s+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--java-options '(-X[^']*|--add-[^']*)'").matcher(build);
        List<String> options = new ArrayList<>();
        while (m.find()) {
            options.add(m.group(1));
        }
        assertTrue(options.contains("-Xmx1g") && options.size() >= 8, options.toString());
        List<String> unsaid = options.stream().filter(o -> !doc.matches("(?s).*[`\\s]" + java.util.regex.Pattern.quote(o)
                + "[`\\s;].*")).toList();
        assertEquals(List.of(), unsaid, "launcher options docs/packaging.md does not name as build.sh gives them");
    }
}
