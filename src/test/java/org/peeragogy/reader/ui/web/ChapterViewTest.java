package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Chapters in the real WebView: hostile content stays inert and offline, emoji survive. */
@Tag("ui")
class ChapterViewTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path temp;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger sentinels = new AtomicInteger();
    private final RecordingListener recorder = new RecordingListener();
    private final List<String> bridgeCalls = recorder.calls;
    private final BlockingQueue<String> laidOut = recorder.laidOut;
    private Stage stage;
    private ChapterView view;
    private Handbook handbook;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    String request = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                            StandardCharsets.ISO_8859_1)).readLine();
                    if (request != null && request.contains("/sentinel")) {
                        sentinels.incrementAndGet();
                    } else {
                        connections.incrementAndGet();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "loopback-listener");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                view.close();
                stage.close();
            }).get(10, TimeUnit.SECONDS);
        }
        if (handbook != null) {
            handbook.close();
        }
        listener.close();
    }

    /**
     * The hostile fixture, aimed at this test's loopback listener, and with every script made to
     * leave marks we can see: a changed document.title and a call across the bridge.
     */
    private Path hostileCopy() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("hostile"));
        for (String name : List.of("hostile.md", "second.md")) {
            String text = Files.readString(TestHandbooks.fixture("hostile").resolve(name), StandardCharsets.UTF_8)
                    .replace("127.0.0.1:9/", "127.0.0.1:" + listener.getLocalPort() + "/")
                    .replace("alert(", "window.peeragogyHost.openExternal(document.title='pwned',");
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private void show(Path folder, String chapterId) throws Exception {
        handbook = Handbooks.open(folder);
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            view = new ChapterView(handbook, temp.resolve("webview"), recorder, TEXTS);
            stage.setScene(new Scene(new StackPane(view.node()), 800, 600));
            stage.show();
            view.open(chapterId, "", 0);
        }).get(10, TimeUnit.SECONDS);
        assertEquals(chapterId, laidOut.poll(30, TimeUnit.SECONDS), "the chapter was not shown");
    }

    private Object evaluate(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.evaluate(script)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void hostileChapterRunsNoScriptOfItsOwn() throws Exception {
        show(hostileCopy(), "hostile");
        assertEquals("A hostile chapter", evaluate("document.title"));
        assertEquals(List.of(), bridgeCalls);
    }

    /**
     * Waits until a request that is allowed (an unprotected page's image, through the same network
     * stack) has reached the listener: requests the hostile page issued before it have had their turn,
     * so "no connection" is known, not hoped for after a sleep.
     */
    private void sentinel() throws Exception {
        WebView[] plain = new WebView[1];
        Stage[] window = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            plain[0] = new WebView();
            window[0] = new Stage();
            window[0].setScene(new Scene(new StackPane(plain[0]), 100, 100));
            window[0].show();
            plain[0].getEngine().loadContent("<img src='http://127.0.0.1:" + listener.getLocalPort()
                    + "/sentinel.png'>");
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sentinels.get() > 0);
        WaitForAsyncUtils.asyncFx(() -> window[0].close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void hostileChapterReachesNoNetwork() throws Exception {
        show(hostileCopy(), "hostile");
        // Round-trip through the page once more so any late request has been issued, then the sentinel.
        evaluate("PeeragogyReader.position()");
        sentinel();
        assertEquals(0, connections.get());
    }

    @Test
    void pagePolicyBlocksRequestsEvenFromScriptThatDoesRun() throws Exception {
        show(hostileCopy(), "hostile");
        evaluate("var i = new Image(); i.src = 'http://127.0.0.1:" + listener.getLocalPort() + "/probe.png';"
                + "document.body.appendChild(i); 0");
        evaluate("PeeragogyReader.position()");
        sentinel();
        assertEquals(0, connections.get());
    }

    @Test
    void loopbackListenerDoesSeeAnUnprotectedPage() throws Exception {
        // The control for the two tests above: without our sanitiser and policy the same request arrives.
        WebView[] plain = new WebView[1];
        Stage[] window = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            plain[0] = new WebView();
            window[0] = new Stage();
            window[0].setScene(new Scene(new StackPane(plain[0]), 200, 200));
            window[0].show();
            plain[0].getEngine().loadContent("<img src='http://127.0.0.1:" + listener.getLocalPort() + "/x.png'>");
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> connections.get() > 0);
        WaitForAsyncUtils.asyncFx(() -> window[0].close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void harmlessFormattingOfTheHostileChapterStillShows() throws Exception {
        show(hostileCopy(), "hostile");
        String text = (String) evaluate("document.body.textContent");
        assertTrue(text.contains("Old-fashioned markup keeps its words."), text);
        assertTrue(text.contains("A harmless green paragraph."), text);
    }

    @Test
    void emojiReachThePageAsRealCharacters() throws Exception {
        show(TestHandbooks.fixture("emoji"), "seedlings");
        String text = (String) evaluate("document.getElementById('chapter').textContent");
        assertTrue(text.contains("\uD83C\uDF31"), text);
        assertEquals(0x1F331, ((Number) evaluate(
                "(function(){var t=document.getElementById('chapter').textContent;return t.codePointAt(t.indexOf('slowly')+7);})()"))
                .intValue());
    }

    @Test
    void chapterLinkClickReachesTheHostAndDoesNotNavigate() throws Exception {
        show(hostileCopy(), "second");
        evaluate("document.querySelector('a[data-chapter]').click(); 0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bridgeCalls.isEmpty());
        assertEquals(List.of("chapter hostile"), bridgeCalls);
        // The page is shown before its images have arrived (issue 17): its own load ends, at
        // the page it was (a click that navigated would end elsewhere).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> ((WebView) view.node()).getEngine().getLoadWorker().getState()).get() == Worker.State.SUCCEEDED);
        assertTrue(((String) evaluate("location.href")).endsWith("/second.html?theme=light"));
    }
}
