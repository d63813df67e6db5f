package org.peeragogy.reader.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.peeragogy.reader.book.Annotation;

/**
 * The window's live text ({@code #live-text}, in the status line): a sentence for each change that was only
 * visual before (issue 14) — a bookmark set or removed, a note or highlight saved, a notice (an import done,
 * an export written, a note deleted), the number of search results — so that a screen reader can say it.
 *
 * <p>JavaFX 21 has no live region (no role or attribute that makes a screen reader speak a change by
 * itself): the nearest it offers is a node whose text changes followed by
 * {@link Node#notifyAccessibleAttributeChanged}({@link AccessibleAttribute#TEXT}), which Windows' and macOS's
 * accessibility bridges pass on as a name/value change of that node; whether a screen reader speaks it
 * unfocused is its own choice (docs/accessibility.md). The text is also shown, small, for everyone.
 * Talks to view-models only. FX thread.
 */
final class LiveText {
    /** A note counts as just made or changed by the reader when its time is this recent. */
    private static final Duration RECENT = Duration.ofSeconds(10);

    private final Label label = new Label();
    private final NotesViewModel notes;
    private final ReaderViewModel reader;
    private Map<String, Annotation> seen = Map.of();
    /** When the chapter shown was opened: a note saved before it was not saved by this window (tester 15's F30). */
    private Instant opened = Instant.now();
    private final Texts texts;

    LiveText(ReaderViewModel reader, NotesViewModel notes, NoticeViewModel notices, SearchViewModel search,
             Texts texts) {
        this.texts = texts;
        this.reader = reader;
        this.notes = notes;
        label.setId("live-text");
        label.getStyleClass().add("live-text");
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleText(texts.get("live.name")); // until the first one
        label.setAccessibleHelp(texts.get("live.help"));
        // One line, cut with "…" when long (fresh tester t15b's F4: wrapped, a long sentence made the status bar a
        // column eleven lines high at 1024×600). What it echoes is shown whole where it was said (the problem bar,
        // the notice, the group folder's line, the search tab), and its whole text is its accessible text.
        StatusBars.oneLine(label);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.setTooltip(whole);
        notices.noticeProperty().addListener((o, was, now) -> now.ifPresent(n -> say(n.text())));
        search.statusProperty().addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                say(now);
            }
        });
        reader.chapterProperty().addListener((o, was, now) -> opened = Instant.now());
        notes.paintVersionProperty().addListener((o, was, now) -> notesChanged());
        notes.restoredProperty().addListener((o, was, now) -> {
            if (now != null) {
                // Seen already as it is: the notes painted again next do not call it "saved".
                java.util.Map<String, Annotation> with = new HashMap<>(seen);
                with.put(now.id(), now);
                seen = with;
                say(switch (now.kind()) {
                    case BOOKMARK -> texts.get("live.bookmarkRestored");
                    case CHAPTER_NOTE -> texts.get("live.chapterNoteRestored");
                    case HIGHLIGHT -> now.note().isEmpty() ? texts.get("live.highlightRestored")
                            : texts.get("live.noteRestored");
                });
            }
        });
        reader.problemProperty().addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                // Said whole to a screen reader, but not shown again in the status line: the problem bar above shows
                // it whole, and repeated there it was cut to "…" and cut the text size to "Text 1…" (fresh tester
                // t34's F13: a read-only or full data folder's sentence).
                say(now, "");
            }
        });
        seen = snapshot();
    }

    Node node() {
        return label;
    }

    /** Says {@code sentence}: the label's text and accessible text change, and the bridges are told. */
    void say(String sentence) {
        say(sentence, sentence);
    }

    /** As {@link #say}, showing {@code shown} ("" for nothing) where the sentence is shown whole elsewhere. */
    private void say(String sentence, String shown) {
        label.setText(shown);
        label.setAccessibleText(sentence);
        label.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** The text said last, as a screen reader is given it (for tests). */
    String said() {
        return label.getAccessibleText();
    }

    private Map<String, Annotation> snapshot() {
        Map<String, Annotation> now = new HashMap<>();
        notes.placed().forEach(i -> now.put(i.annotation().id(), i.annotation()));
        return now;
    }

    /**
     * The chapter's notes were painted again: a note of the reader's that is new or changed in the last few
     * seconds, and since the chapter was opened, was just saved; a bookmark of this chapter that went was removed.
     * A chapter opened shows older notes only (made on the command line a moment before the start, too), so it
     * says nothing.
     */
    private void notesChanged() {
        Map<String, Annotation> now = snapshot();
        Instant recent = Instant.now().minus(RECENT);
        if (recent.isBefore(opened)) {
            recent = opened;
        }
        String chapter = reader.chapterProperty().get() == null ? "" : reader.chapterProperty().get().id();
        String sentence = null;
        for (Annotation a : now.values()) {
            Annotation before = seen.get(a.id());
            boolean changed = before == null || !before.updated().equals(a.updated());
            if (changed && notes.isMine(a) && a.updated().isAfter(recent)) {
                sentence = switch (a.kind()) {
                    case BOOKMARK -> texts.get("live.bookmarkSet");
                    case CHAPTER_NOTE -> texts.get("live.chapterNoteSaved");
                    case HIGHLIGHT -> a.note().isEmpty() ? texts.format("live.highlighted", a.colour().code())
                            : texts.get("live.noteSaved");
                };
            }
        }
        for (Annotation a : seen.values()) {
            if (!now.containsKey(a.id()) && a.kind() == Annotation.Kind.BOOKMARK && a.chapterId().equals(chapter)) {
                sentence = texts.get("notice.bookmarkRemoved");
            }
        }
        seen = now;
        if (sentence != null) {
            say(sentence);
        }
    }
}
