package org.peeragogy.reader.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real Syncthing instance for the end-to-end test: its own configuration home, listening on a loopback
 * port, its GUI, discovery, relays, NAT, usage reports and upgrades off, syncing one folder with one other
 * instance at a known loopback address. Nothing leaves the machine.
 */
final class SyncthingPeer implements AutoCloseable {
    private static final Pattern DEVICE_ID = Pattern.compile("Device ID: ([A-Z0-9-]{63})");
    final Path home;
    final Path folder;
    final String deviceId;
    final int port;
    private final Path log;
    private Process process;

    private SyncthingPeer(Path home, Path folder, String deviceId, int port) {
        this.home = home;
        this.folder = folder;
        this.deviceId = deviceId;
        this.port = port;
        this.log = home.resolve("syncthing.log");
    }

    /** Whether the {@code syncthing} program can be run here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("syncthing", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes a home (keys and a first configuration) with {@code syncthing generate}, and the folder it syncs. */
    static SyncthingPeer generate(Path home, Path folder) throws Exception {
        Files.createDirectories(home);
        Files.createDirectories(folder.resolve(".stfolder")); // Syncthing's marker that the folder is really there
        Process p = new ProcessBuilder("syncthing", "generate", "--home", home.toString(), "--no-default-folder",
                "--skip-port-probing").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("syncthing generate failed:\n" + text);
        }
        Matcher m = DEVICE_ID.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("syncthing generate printed no device id:\n" + text);
        }
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return new SyncthingPeer(home, folder, m.group(1), s.getLocalPort());
        }
    }

    /** Writes the configuration: this folder, shared with {@code other} at its loopback port; everything else off. */
    void pairWith(SyncthingPeer other) throws IOException {
        String xml = """
                <configuration version="36">
                    <folder id="group" label="group" path="%s" type="sendreceive" rescanIntervalS="2"
                            fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
                        <filesystemType>basic</filesystemType>
                        <device id="%s" introducedBy=""></device>
                        <device id="%s" introducedBy=""></device>
                        <minDiskFree unit="%%">0</minDiskFree>
                        <maxConflicts>10</maxConflicts>
                        <markerName>.stfolder</markerName>
                    </folder>
                    <device id="%s" name="self" compression="metadata" introducer="false">
                        <address>dynamic</address>
                    </device>
                    <device id="%s" name="other" compression="metadata" introducer="false">
                        <address>tcp://127.0.0.1:%d</address>
                    </device>
                    <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
                    <options>
                        <listenAddress>tcp://127.0.0.1:%d</listenAddress>
                        <globalAnnounceEnabled>false</globalAnnounceEnabled>
                        <localAnnounceEnabled>false</localAnnounceEnabled>
                        <relaysEnabled>false</relaysEnabled>
                        <natEnabled>false</natEnabled>
                        <startBrowser>false</startBrowser>
                        <urAccepted>-1</urAccepted>
                        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
                        <crashReportingEnabled>false</crashReportingEnabled>
                        <reconnectionIntervalS>1</reconnectionIntervalS>
                        <minHomeDiskFree unit="%%">0</minHomeDiskFree>
                    </options>
                </configuration>
                """.formatted(folder, deviceId, other.deviceId, deviceId, other.deviceId, other.port, port);
        Files.writeString(home.resolve("config.xml"), xml);
    }

    /** Starts Syncthing (no monitor process, no browser, no upgrades), its output to a log in its home. */
    void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("syncthing", "serve", "--home", home.toString(), "--no-browser",
                "--no-restart", "--no-upgrade", "--logflags=3");
        pb.environment().put("STNOUPGRADE", "1");
        pb.environment().put("STNORESTART", "1");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = pb.start();
    }

    /** Stops Syncthing (the link goes down) and waits, up to {@code limit}, until it has exited. */
    void stop(Duration limit) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
        process = null;
    }

    /** What Syncthing logged, for a failure's message. */
    String log() {
        try (var files = Files.list(folder)) {
            String text = "folder: " + files.map(p -> p.getFileName().toString()).toList() + "\n" + Files.readString(log);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(20));
    }
}
