package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.XssCorpus;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every hostile payload (the shared corpus and our own), each in a chapter of its own, shown in the
 * real WebView with a loopback HTTP listener that every address in the payloads is pointed at. No
 * script may run (no alert, confirm or prompt, no changed title, no call across the bridge), no
 * request may arrive, and the view must stay on the chapter. Three runs show each layer holding on
 * its own: the product (sanitizer and page policy), the sanitizer without the policy, and the
 * policy (with the navigation guard) over the raw, unsanitized payloads.
 */
@Tag("ui")
class HostileCorpusTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    static Path temp;
    private static ServerSocket server;
    private static final List<String> requests = new CopyOnWriteArrayList<>();
    private static List<XssCorpus.Payload> payloads;
    private static Path folder;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(HostileCorpusTest::serve, "loopback-listener");
        t.setDaemon(true);
        t.start();
        payloads = XssCorpus.all();
        folder = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < payloads.size(); i++) {
            Files.writeString(folder.resolve(id(i) + ".md"), "# Case " + i + "\n\n" + aimed(i) + "\n\nAfter the case.\n",
                    StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    /** Records each request's first line ("GET /case-012/x.png HTTP/1.1") and closes the connection. */
    private static void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                requests.add(String.valueOf(in.readLine()));
                // No answer: what matters is that the request came. An answer arriving while the
                // guard cancels that load has crashed JavaFX's WebKit (twkDidReceiveData).
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "case-%03d", i);
    }

    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?:)?//(?:[a-z0-9-]+\\.)+[a-z0-9-]+(?::\\d+)?/?");

    /** The payload with every network address pointed at the listener, under a path naming the case. */
    private static String aimed(int i) {
        String to = "http://127.0.0.1:" + server.getLocalPort() + "/" + id(i) + "/";
        return ADDRESS.matcher(payloads.get(i).html()).replaceAll(Matcher.quoteReplacement(to));
    }

    @Test
    void theReaderKeepsEveryPayloadInert() throws Exception {
        assertInert("sanitizer and policy", UnaryOperator.identity(), true);
    }

    @Test
    void theSanitizerAloneKeepsEveryPayloadInert() throws Exception {
        assertInert("sanitizer without the page policy", html -> html.replaceFirst(NO_POLICY, ""), true);
    }

    @Test
    void thePolicyAloneKeepsEveryRawPayloadInert() throws Exception {
        assertInert("page policy over raw payloads", RAW::apply, false);
    }

    /**
     * Shows each case's chapter; {@code page} turns the reader's page into the one to show (null:
     * the reader's page with the raw payload in place of the sanitized chapter).
     */
    /** What a run saw: per-case failures, dialogs opened by script, bridge calls, requests. */
    private record Seen(List<String> failures, int dialogs, List<String> bridgeCalls, List<String> requests,
                        List<String> navigating) {
    }

    /** The reader's page with the raw, unsanitized payload in place of the chapter. */
    private static final java.util.function.Function<String, String> RAW = html -> {
        Matcher m = Pattern.compile("<article id=\"chapter\" data-chapter=\"case-(\\d+)\">").matcher(html);
        assertTrue(m.find(), html);
        int n = Integer.parseInt(m.group(1));
        return html.substring(0, m.end()) + "<h1>Case " + n + "</h1>" + aimed(n) + html.substring(html.lastIndexOf("</article>"));
    };

    private static final String NO_POLICY = "<meta http-equiv=\"Content-Security-Policy\"[^>]*>";

    private void assertInert(String run, UnaryOperator<String> page, boolean sanitized) throws Exception {
        Seen seen = show(run, page, sanitized);
        assertEquals(List.of(), seen.failures(), run);
        assertEquals(0, seen.dialogs(), run + ": script ran and opened a dialog");
        assertEquals(List.of(), seen.bridgeCalls(), run + ": the bridge was called");
        if (sanitized) {
            assertEquals(List.of(), seen.requests(), run + ": requests reached the network");
        } else {
            // A page policy does not govern navigation (CSP's navigate-to never shipped): a raw
            // refresh still sends its one request before the guard cancels it and keeps the view on
            // the chapter. Every other request must be stopped by the policy alone.
            List<String> other = seen.requests().stream()
                    .filter(r -> seen.navigating().stream().noneMatch(to -> r.contains(" " + java.net.URI.create(to).getRawPath() + " ")))
                    .toList();
            assertEquals(List.of(), other, run + ": requests other than stopped navigations reached the network");
        }
    }

    @Test
    void withNeitherLayerTheSameRunSeesScriptsAndRequests() throws Exception {
        // The control: the checks above can fail. Raw payloads, no policy.
        Seen seen = show("control", RAW.andThen(html -> html.replaceFirst(NO_POLICY, ""))::apply, false);
        assertTrue(seen.dialogs() > 20, "dialogs opened by script: " + seen.dialogs());
        assertTrue(seen.requests().size() > 5, "requests: " + seen.requests());
    }

    private Seen show(String run, UnaryOperator<String> page, boolean sanitized) throws Exception {
        requests.clear();
        try (Handbook real = Handbooks.open(folder)) {
            Handbook shown = new Rewritten(real, page);
            RecordingListener recorder = new RecordingListener();
            LinkedBlockingQueue<String> loads = new LinkedBlockingQueue<>();
            List<String> navigating = new CopyOnWriteArrayList<>();
            int[] dialogs = new int[1];
            Stage[] stage = new Stage[1];
            ChapterView[] view = new ChapterView[1];
            WaitForAsyncUtils.asyncFx(() -> {
                view[0] = new ChapterView(shown, temp.resolve("webview-" + run.hashCode()), recorder, TEXTS);
                WebEngine engine = ((WebView) view[0].node()).getEngine();
                engine.setOnAlert(e -> dialogs[0]++);
                engine.setConfirmHandler(m -> { dialogs[0]++; return false; });
                engine.setPromptHandler(p -> { dialogs[0]++; return null; });
                engine.locationProperty().addListener((o, was, now) -> {
                    if (now != null && now.startsWith("http")) {
                        navigating.add(now);
                    }
                });
                engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
                    if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED) {
                        loads.add(now + " " + engine.getLocation());
                    }
                });
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new StackPane(view[0].node()), 800, 600));
                stage[0].show();
            }).get(10, TimeUnit.SECONDS);
            List<String> failures = new ArrayList<>();
            try {
                for (int i = 0; i < payloads.size(); i++) {
                    int n = i;
                    loads.clear();
                    WaitForAsyncUtils.asyncFx(() -> view[0].open(id(n), "", 0)).get(10, TimeUnit.SECONDS);
                    String loaded = loads.poll(20, TimeUnit.SECONDS);
                    if (!sanitized && (loaded == null || !loaded.contains("/" + id(n) + ".html"))) {
                        // A raw page's refresh timer can fire while the next page loads and take that
                        // load down with it more than once; what this run checks is scripts and
                        // requests, so the reader opens the case again, as a person would.
                        loads.clear();
                        WaitForAsyncUtils.asyncFx(() -> view[0].open(id(n), "", 0)).get(10, TimeUnit.SECONDS);
                        loaded = loads.poll(20, TimeUnit.SECONDS);
                    }
                    if (loaded == null || !loaded.contains("/" + id(n) + ".html")) {
                        failures.add(id(n) + " (" + payloads.get(n).name() + "): did not load: " + loaded);
                        continue;
                    }
                    // A round trip through the page's script engine: whatever the page queued has run.
                    Object[] seen = WaitForAsyncUtils.asyncFx(() -> new Object[] {
                            view[0].evaluate("document.title"), view[0].evaluate("location.href"),
                            view[0].blockedNavigations()}).get(10, TimeUnit.SECONDS);
                    String name = id(n) + " (" + payloads.get(n).name() + ")";
                    if (!("Case " + n).equals(seen[0])) {
                        failures.add(name + ": title became " + seen[0]);
                    }
                    if (!String.valueOf(seen[1]).contains("/" + id(n) + ".html")) {
                        failures.add(name + ": navigated to " + seen[1]);
                    }
                    if (sanitized && (int) seen[2] > 0) {
                        failures.add(name + ": tried to navigate " + seen[2] + " times");
                    }
                }
                // A sentinel request issued through the same network stack after every page: when it
                // has arrived, any request a page issued earlier has had its turn.
                WaitForAsyncUtils.asyncFx(() -> view[0].evaluate("0")).get(10, TimeUnit.SECONDS);
                sentinel();
            } finally {
                WaitForAsyncUtils.asyncFx(() -> {
                    view[0].close();
                    stage[0].close();
                }).get(10, TimeUnit.SECONDS);
            }
            List<String> reached = requests.stream().filter(r -> !r.contains("/sentinel")).toList();
            return new Seen(failures, dialogs[0], List.copyOf(recorder.calls), reached, navigating);
        }
    }

    private static void sentinel() throws Exception {
        WebView[] plain = new WebView[1];
        Stage[] window = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            plain[0] = new WebView();
            window[0] = new Stage();
            window[0].setScene(new Scene(new StackPane(plain[0]), 100, 100));
            window[0].show();
            plain[0].getEngine().loadContent("<img src='http://127.0.0.1:" + server.getLocalPort() + "/sentinel.png'>");
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> requests.stream().anyMatch(r -> r.contains("/sentinel")));
        WaitForAsyncUtils.asyncFx(() -> window[0].close()).get(10, TimeUnit.SECONDS);
    }

    /** The reader's handbook with its pages changed for one run; everything else as it is. */
    private static final class Rewritten extends ForwardingHandbook {
        private final UnaryOperator<String> page;

        Rewritten(Handbook real, UnaryOperator<String> page) {
            super(real);
            this.page = page;
        }

        @Override
        public RenderedChapter render(String chapterId) throws IOException {
            RenderedChapter r = real.render(chapterId);
            return new RenderedChapter(r.chapter(), page.apply(r.html()), r.problems());
        }

        @Override
        public void close() {
            // The run closes the real handbook itself.
        }
    }
}
