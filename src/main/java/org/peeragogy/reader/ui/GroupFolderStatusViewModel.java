package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.AuthorNames;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.peeragogy.reader.share.group.GroupFolderSession;
import org.peeragogy.reader.store.GroupFolderStore;

/**
 * The group folder's state in a line for the window (issue 16: "the reader says the folder is not reachable"; a
 * hostile try-out found the state computed and shown nowhere). While all is well: whether the reader's own notes
 * are in the folder and since when, how many other people's files are there, how many files wait for the reader
 * and how many cannot be read. As trouble: the folder is not reachable, or the reader's notes could not be written,
 * each with what to do. Trouble stays until it is over: a write problem until a write succeeds, since a tick that
 * does not try to write says nothing about it. Each change into or out of trouble, and the first time the reader's
 * notes are in the folder, is said once in a sentence ({@link #saidProperty}) for the window's live text. The
 * reasons behind the line (the system's words for a failed write, each unreadable file and why) are
 * {@link #detailsProperty}. No controls.
 *
 * <p>Threads: the FX thread; its owner, {@link GroupFolderViewModel}, hands it each look's result there. Nothing
 * here touches the disk or throws.
 */
public final class GroupFolderStatusViewModel {
    /** What the line says, in kind. */
    private enum Kind { NONE, LOOKING, FINE, NOT_REACHABLE, CANNOT_WRITE, FAILED }

    private final Texts texts;
    private final Clock clock;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper trouble = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> details = new ReadOnlyObjectWrapper<>(List.of());
    private Kind kind = Kind.NONE;
    private String group = "";
    private Path folder;
    /** The reader's newest change is not in the folder yet (written a few seconds after the last change). */
    private boolean pending;
    /** When the reader's notes were last written into the folder in this session; null before. */
    private Instant written;
    /** Why the last write failed, until one succeeds; null when none failed. */
    private String writeProblem;
    /** Whether the last write failed because the folder is read-only (others' notes are still read). */
    private boolean readOnly;
    private boolean announcedIn;
    private int others;
    /** Readable files that hold notes by other people than their name says (no one's file, decision 0035). */
    private int flagged;
    private int waiting;
    /** Files being merged now, at the reader's asking; 0 when no merge runs. */
    private int merging;
    private List<GroupFolderStore.SeenFile> unreadable = List.of();
    private java.util.Map<String, org.peeragogy.reader.book.Reason> unreadableWhy = java.util.Map.of();
    private List<String> underYourId = List.of();
    private String underYourIdProblem = "";

    /** @param clock what "now" is: the time the reader's notes were written, as the line says it */
    public GroupFolderStatusViewModel(Texts texts, Clock clock) {
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A folder was chosen (or read from the settings) and is being looked at for the first time. FX thread. */
    void looking(String groupName, Path dir) {
        group = groupName;
        folder = dir;
        written = null;
        writeProblem = null;
        announcedIn = false;
        others = 0;
        flagged = 0;
        waiting = 0;
        unreadable = List.of();
        underYourId = List.of();
        underYourIdProblem = "";
        set(Kind.LOOKING, texts.format("group.looking", groupName), List.of());
    }

    /**
     * What one look found: the reader's file written or not (and why), the folder reachable or not, the others'
     * files; {@code waitingNow}: how many files wait for the reader after it; {@code me}: the reader's author id (their
     * own files, a sync tool's copy of one or one left by another computer with their profile, are nobody else's).
     * FX thread.
     */
    void looked(GroupFolderSession.Tick tick, int waitingNow, String me) {
        if (tick.written().isPresent()) {
            written = clock.instant();
            writeProblem = null;
        }
        pending = tick.pending();
        tick.writeProblem().ifPresent(w -> writeProblem = texts.reason(w));
        readOnly = writeProblem != null && tick.writeProblem().map(w -> w.code()
                == org.peeragogy.reader.share.GroupReason.GROUP_READ_ONLY_NOW).orElse(readOnly);
        waiting = waitingNow;
        if (!tick.scan().reachable()) {
            set(Kind.NOT_REACHABLE, texts.format("group.notReachable", group, String.valueOf(folder)),
                    tick.scan().problem().english().isBlank() ? List.of() : List.of(texts.reason(tick.scan().problem())));
            return;
        }
        // People by author id: never the reader (a conflict copy of their own file counted them), and a file holding
        // several people's notes is said as such, not as one more person (issue 16's window try-out, w12).
        List<GroupFolderStore.SeenFile> readable = tick.scan().files().stream().filter(f -> !unreadable(f)).toList();
        others = (int) readable.stream().map(GroupFolderStore.SeenFile::authorId)
                .filter(id -> !id.isEmpty() && !id.equals(me)).distinct().count();
        flagged = (int) readable.stream().filter(f -> f.authorId().isEmpty()).count();
        unreadable = tick.scan().files().stream().filter(GroupFolderStatusViewModel::unreadable).toList();
        unreadableWhy = tick.unreadable();
        underYourId = tick.scan().underYourId();
        underYourIdProblem = tick.scan().underYourIdProblem().orElse("");
        show();
    }

    /** Still arriving ("not complete yet") or never to be read (a newer format, not a notes file, too large). */
    private static boolean unreadable(GroupFolderStore.SeenFile f) {
        return f.state() == GroupFolderStore.State.INCOMPLETE || f.state() == GroupFolderStore.State.UNUSABLE;
    }

    /** Files waiting for the reader changed (merged, or more arrived). FX thread. */
    void waiting(int now) {
        waiting = now;
        if (kind == Kind.FINE) {
            show();
        }
    }

    /** A merge of {@code files} files runs now (0: it is over): the line says so meanwhile. FX thread. */
    void merging(int files) {
        merging = files;
        if (kind == Kind.FINE) {
            show();
        }
    }

    /** No group folder any more (the reader stopped using it): no line. FX thread. */
    void none() {
        set(Kind.NONE, "", List.of());
    }

    /** The look itself failed (the reader's own notes file could not be read): said as trouble. FX thread. */
    void failed(String why) {
        set(Kind.FAILED, texts.format("group.status", group, why), List.of());
    }

    private void show() {
        List<String> why = new ArrayList<>();
        if (writeProblem != null) {
            why.add(texts.format("group.whyNotWritten", writeProblem));
        }
        // In the window's language where the reason is known (w4); else the summary kept in English (decision 0039).
        unreadable.forEach(f -> why.add(texts.format("group.unreadableFile", BidiMarks.isolated(AuthorNames.listed(f.name())),
                unreadableWhy.containsKey(f.name()) ? texts.format(f.state() == GroupFolderStore.State.UNUSABLE
                        ? "group.cannotBeUsed" : "group.notCompleteYet", texts.reason(unreadableWhy.get(f.name())))
                        : f.state() == GroupFolderStore.State.INCOMPLETE ? texts.format("group.notCompleteYet",
                        texts.get("group.stillArrivingWhy")) : f.summary())));
        if (!underYourIdProblem.isEmpty()) {
            why.add(underYourIdProblem);
        }
        if (writeProblem != null) {
            set(Kind.CANNOT_WRITE, readOnly ? texts.format("group.readOnly", group, String.valueOf(folder),
                    others == 0 ? texts.get("group.noOthers") : texts.format("group.others", others))
                    : texts.format("group.cannotWrite", group, String.valueOf(folder)), why);
            return;
        }
        List<String> parts = new ArrayList<>();
        // A change not in the folder yet is said (t16's M1: the line said "in it" for the seconds it was not).
        parts.add(written == null ? texts.get("group.ownNotYet") : pending
                ? texts.format("group.ownPending", Date.from(written))
                : texts.format("group.ownWritten", Date.from(written)));
        parts.add(others == 0 ? texts.get("group.noOthers") : texts.format("group.others", others));
        if (flagged > 0) {
            parts.add(texts.format("group.severalPeople", flagged));
        }
        if (waiting > 0) {
            parts.add(texts.format("group.waiting", waiting));
        }
        if (merging > 0) {
            parts.add(texts.format("group.mergingPart", merging));
        }
        // A file still arriving is said so, not as one that "cannot be read" (t16's N1).
        List<GroupFolderStore.SeenFile> arriving = unreadable.stream()
                .filter(f -> f.state() == GroupFolderStore.State.INCOMPLETE).toList();
        List<GroupFolderStore.SeenFile> unusable = unreadable.stream()
                .filter(f -> f.state() != GroupFolderStore.State.INCOMPLETE).toList();
        if (!unusable.isEmpty()) {
            parts.add(texts.format("group.unreadable", unusable.size(), BidiMarks.isolated(AuthorNames.listed(unusable.get(0).name()))));
        }
        if (!arriving.isEmpty()) {
            parts.add(texts.format("group.stillArriving", arriving.size(), BidiMarks.isolated(AuthorNames.listed(arriving.get(0).name()))));
        }
        if (!underYourId.isEmpty()) {
            parts.add(texts.format("group.underYourId", underYourId.size(), BidiMarks.isolated(AuthorNames.listed(underYourId.get(0)))));
        }
        set(Kind.FINE, texts.format("group.status", group, String.join(" · ", parts)), why);
        if (written != null && !announcedIn) {
            announcedIn = true;
            say(texts.format("group.notesIn", group));
        }
    }

    private void set(Kind now, String text, List<String> why) {
        Kind was = kind;
        kind = now;
        line.set(text);
        details.set(List.copyOf(why));
        trouble.set(now == Kind.NOT_REACHABLE || now == Kind.CANNOT_WRITE || now == Kind.FAILED);
        if (now != was && trouble.get()) {
            say(text);
            announcedIn = false; // when it is over, "your notes are in it" is said again
        }
    }

    private void say(String sentence) {
        said.set(""); // the same sentence twice in a row is said twice
        said.set(sentence);
    }

    /** The line: "Group folder Tuesday circle: your notes are in it (written 10:42) · …", or the trouble. FX thread. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** True while the line says something is wrong (the folder not reachable, the notes not written). FX thread. */
    public ReadOnlyBooleanProperty troubleProperty() {
        return trouble.getReadOnlyProperty();
    }

    /** A sentence to say once (empty for a moment before each): trouble, its end, the notes first in the folder. FX thread. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /** The reasons behind the line, one each: why the notes could not be written, each unreadable file and why. FX thread. */
    public ReadOnlyObjectProperty<List<String>> detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
