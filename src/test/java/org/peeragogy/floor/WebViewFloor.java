package org.peeragogy.floor;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * The floor under issue 17's start and memory goals: the least a JavaFX program can do to show a chapter, run on the
 * package's own runtime, so that the reader's figures can be put beside what JavaFX and WebKit alone cost on the same
 * machine (docs/performance.md, "The floor: JavaFX and WebKit alone"). Not a test: a {@code main} run by hand.
 *
 * <p>Two programs, chosen by the first argument:
 * <ul>
 * <li>{@code web FILE.html}: one {@link WebView} filling a 1200×900 window loads the file (the Foreword as pandoc
 *     makes it, its pictures beside it), as the reader's chapter view does, and nothing else is in the window;</li>
 * <li>{@code text FILE.txt}: the file's text in a {@link TextFlow} in a scroll pane: JavaFX without WebKit.</li>
 * </ul>
 * When the page has loaded (or the text is in the scene) and two more frames have been painted (the reader's
 * {@code --smoke} waits as long), it prints {@code floor-ms=N} (the JVM's uptime, ms) and {@code rss-kib=N}
 * ({@code VmRSS} from {@code /proc/self/status}, KiB) on one line. With {@code --smoke} it then exits; without, the
 * window stays open (the side-by-side harness's {@code peeragogy-built} reader, pointed at a folder whose
 * {@code bin/peeragogy-reader} starts this). The window's title ends in "Peeragogy Reader" for that harness.
 *
 * <p>Command (the package's runtime, the launcher's options; docs/performance.md has the whole recipe):
 * {@code target/package/peeragogy-reader/lib/runtime/bin/java --add-modules javafx.web -XX:+UseSerialGC -Xmn8m
 * -XX:TieredStopAtLevel=1 -cp target/test-classes org.peeragogy.floor.WebViewFloor web foreword.html --smoke}.
 */
public final class WebViewFloor extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        boolean smoke = args.contains("--smoke");
        Path file = Path.of(args.get(1));
        stage.setTitle("The floor (" + args.get(0) + ") — Peeragogy Reader");
        if (args.get(0).equals("web")) {
            WebView view = new WebView();
            view.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    afterTwoFrames(smoke);
                }
            });
            stage.setScene(new Scene(view, 1200, 900));
            stage.show();
            view.getEngine().load(file.toUri().toString());
        } else {
            TextFlow flow = new TextFlow(new Text(Files.readString(file)));
            flow.setMaxWidth(1100);
            ScrollPane pane = new ScrollPane(flow);
            pane.setFitToWidth(true);
            stage.setScene(new Scene(pane, 1200, 900));
            stage.show();
            afterTwoFrames(smoke);
        }
    }

    private static void afterTwoFrames(boolean smoke) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 3) {
                    return;
                }
                stop();
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                System.out.println("floor-ms=" + uptime + " rss-kib=" + rssKib());
                if (smoke) {
                    Platform.exit();
                }
            }
        }.start();
    }

    private static long rssKib() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
