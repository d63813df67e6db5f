package org.peeragogy.reader.ui.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * Run in a child JVM by {@link PopoverPaintedWhenIdleTest}, with WebKit's timers as the reader runs them
 * ({@code com.sun.webkit.platformticks=false}, app.ProcessSettings): shows a chapter with a footnote, focuses its
 * reference, presses Enter and then Esc with the robot and nothing else, and reads the screen under the reference
 * after each. Prints "painted" and exits 0 when both showed within 3 s; else prints what was missing and exits 1.
 * Argument: a scratch folder.
 */
final class PopoverPaintProbe {
    private static final int W = 240;
    private static final int H = 40;

    private PopoverPaintProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        Path dir = Files.createDirectories(scratch.resolve("notes"));
        Files.writeString(dir.resolve("notes.md"), "---\ntitle: Notes\n---\n\n"
                + "Peers learn together.[^1] Then they write it up.\n\n"
                + "Filler paragraph with words to read.\n\n".repeat(40)
                + "[^1]: The note's own text, long enough to cover the lines under the reference.\n");
        Handbook handbook = Handbooks.open(dir);
        RecordingListener listener = new RecordingListener();
        Platform.startup(() -> { });
        ChapterView[] view = new ChapterView[1];
        fx(() -> {
            Stage stage = new Stage();
            view[0] = new ChapterView(handbook, scratch.resolve("webview"), listener, org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH));
            stage.setScene(new Scene(new StackPane(view[0].node()), 800, 600));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            view[0].open("notes", "", 0);
            return null;
        });
        if (!"notes".equals(listener.laidOut.poll(60, TimeUnit.SECONDS))) {
            throw new IllegalStateException("the chapter was not shown");
        }
        fx(() -> {
            view[0].node().getScene().getWindow().requestFocus();
            view[0].focus();
            return view[0].evaluate("document.querySelector('a.footnote-ref').focus()");
        });
        String r = (String) fx(() -> view[0].evaluate("(function(){var r=document.querySelector('a.footnote-ref')"
                + ".getBoundingClientRect();return r.left+','+r.bottom;})()"));
        String[] p = r.split(",");
        Point2D corner = fx(() -> view[0].node().localToScreen(Math.max(8, Double.parseDouble(p[0]) - 24),
                Double.parseDouble(p[1]) + 8));
        WritableImage before = steady(corner);
        key(KeyCode.ENTER);
        boolean opened = changedWithin(corner, before);
        WritableImage open = capture(corner);
        key(KeyCode.ESCAPE);
        boolean closed = changedWithin(corner, open);
        String dom = String.valueOf(fx(() -> view[0].evaluate("document.querySelector('aside.pr-footnote') === null")));
        System.out.println(opened && closed ? "painted" : "not painted: opened " + opened + ", closed " + closed
                + ", pop-over gone from the page " + dom);
        System.out.flush();
        Runtime.getRuntime().halt(opened && closed ? 0 : 1);
    }

    private static void key(KeyCode code) throws Exception {
        fx(() -> {
            Robot robot = new Robot();
            robot.keyPress(code);
            robot.keyRelease(code);
            return null;
        });
    }

    private static WritableImage capture(Point2D corner) throws Exception {
        return fx(() -> new Robot().getScreenCapture(null, corner.getX(), corner.getY(), W, H));
    }

    /** The screen there once two captures 200 ms apart are alike (the page and its focus ring painted). */
    private static WritableImage steady(Point2D corner) throws Exception {
        WritableImage last = capture(corner);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(200);
            WritableImage now = capture(corner);
            if (differing(last, now) == 0) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("the page never stood still");
    }

    /** Whether the screen there differs from {@code from} in over 200 pixels within 3 s, read every 100 ms. */
    private static boolean changedWithin(Point2D corner, WritableImage from) throws Exception {
        for (int i = 0; i < 30; i++) {
            Thread.sleep(100);
            if (differing(from, capture(corner)) > 200) {
                return true;
            }
        }
        return false;
    }

    private static int differing(WritableImage a, WritableImage b) {
        PixelReader x = a.getPixelReader();
        PixelReader y = b.getPixelReader();
        int n = 0;
        for (int j = 0; j < H; j++) {
            for (int i = 0; i < W; i++) {
                if (x.getArgb(i, j) != y.getArgb(i, j)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
