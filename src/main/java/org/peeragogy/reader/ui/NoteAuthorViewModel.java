package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The reader as the author of their notes: their author id (which notes are theirs to change) and their name (what
 * their notes are signed with), read from the settings and written through the window's ordered writer. FX thread.
 */
final class NoteAuthorViewModel {
    private static final System.Logger LOG = System.getLogger(NoteAuthorViewModel.class.getName());
    /** The name notes are signed with until the reader gives theirs. */
    static final String DEFAULT_NAME = "Me";
    private final SettingsStore settings;
    private final SettingsStore writeSettings;
    private final SaveQueue saves;
    /** A name given but not yet written: notes made meanwhile are signed with it. */
    private String pendingName;
    /** The reader's author id, read on first use. */
    private String me;

    /**
     * @param settings      read here (the FX thread's connection)
     * @param writeSettings written on {@code saves} (the writer's connection)
     */
    NoteAuthorViewModel(SettingsStore settings, SettingsStore writeSettings, SaveQueue saves) {
        this.settings = Objects.requireNonNull(settings);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        this.saves = Objects.requireNonNull(saves);
    }

    /**
     * True when the reader wrote this note (they may change it): its author id is theirs, whatever name
     * either has (two people called Ana are two people). Others' notes are read-only.
     */
    boolean isMine(Annotation a) {
        return a.authorId().equals(readerId());
    }

    /** The reader's author id; "" (matching no note) when it cannot be read, which the next save reports. */
    private String readerId() {
        if (me == null) {
            try {
                me = settings.readerId();
            } catch (StoreException e) {
                // Recovers: no note counts as the reader's until the id can be read; a failing database
                // shows itself on the next save. Logged for diagnosis.
                LOG.log(System.Logger.Level.WARNING, "The reader's author id could not be read", e);
                return "";
            }
        }
        return me;
    }

    /** The reader's name, the author of what they write; empty until they have given it. */
    Optional<String> name() {
        if (pendingName != null) {
            return Optional.of(pendingName).filter(n -> !n.isBlank());
        }
        try {
            return settings.get(SettingsStore.READER_NAME).filter(n -> !n.isBlank());
        } catch (StoreException e) {
            // Recovers: without the saved name notes are signed with the default ("Me") and the reader
            // goes on; a failing database shows itself on the next save. Logged for diagnosis.
            LOG.log(System.Logger.Level.WARNING, "The author's name could not be read", e);
            return Optional.empty();
        }
    }

    /** Why the reader's notes and name cannot be saved here (a read-only data folder); empty when they can. No disk. */
    Optional<org.peeragogy.reader.book.Reason> readOnlyReason() {
        return writeSettings.readOnlyReason();
    }

    /** What a note made now is signed with: the reader's name, else {@link #DEFAULT_NAME}. */
    String signature() {
        return name().orElse(DEFAULT_NAME);
    }

    /**
     * Sets the reader's name, unless {@link NoteRulesViewModel#nameProblem} has something to say of it; {@code landed} runs on
     * the FX thread once it is written.
     *
     * @return whether it was set
     */
    boolean setName(String name, Runnable landed) {
        if (!NoteRulesViewModel.nameAllowed(name)) {
            return false;
        }
        // Through the ordered writer: on the FX thread it waited up to the busy timeout while an import held
        // the file (found by a fresh tester: 8 s frozen, then the first note signed "Me"). Notes made before
        // it lands are signed with the name just given, and are queued behind it.
        String given = AuthorNames.clean(name);
        pendingName = given;
        saves.submit(() -> writeSettings.putReaderName(given), () -> {
            if (given.equals(pendingName)) {
                pendingName = null;
            }
            landed.run();
        });
        return true;
    }
}
