package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Every dialog the reader window shows, behind one interface, so that the flows that ask something
 * (add a handbook, your name, a note, export, import and its preview, undo, outside links) can be
 * driven by a script in tests instead of real dialogs. The window's is {@link FxDialogs}.
 *
 * <p>Threads: every method on the FX thread. Those that return an answer wait for it in a nested event
 * loop ({@code showAndWait}), and so does {@link #explain}; {@link #inform} does not wait. None throws;
 * "cancelled" is an empty answer or false.
 */
interface Dialogs {
    /**
     * A question answered with OK or Cancel.
     *
     * @param details      lines shown under the question, expanded (empty: none), after {@code detailsLabel}
     * @param paneId       the dialog pane's id, for tests and style sheets; null for none
     */
    record Question(String title, String header, String text, String detailsLabel, List<String> details,
                    String paneId) {
        public Question {
            Objects.requireNonNull(title);
            text = text == null ? "" : text;
            detailsLabel = detailsLabel == null ? "" : detailsLabel;
            details = List.copyOf(details);
        }

        static Question of(String title, String header, String text) {
            return new Question(title, header, text, "", List.of(), null);
        }

        Question withDetails(String label, List<String> lines) {
            return new Question(title, header, text, label, lines, paneId);
        }

        Question withId(String id) {
            return new Question(title, header, text, detailsLabel, details, id);
        }
    }

    /** A file chooser's filter: "Zip archives" with {@code *.zip}. */
    record Filter(String description, List<String> patterns) {
        public Filter {
            patterns = List.copyOf(patterns);
        }
    }

    /** Asks; true when the reader chose OK. */
    boolean confirm(Question question);

    /**
     * Asks a question whose two answers are named ({@code yes}, {@code no}) and where {@code no} is the
     * default (Enter, Esc, closing); true for {@code yes}. Without its own dialog this is {@link #confirm}.
     */
    default boolean twoWays(Question question, String yes, String no) {
        return confirm(question);
    }

    /**
     * Asks which of {@code items} to take, one check each ({@code checked}: ticked at first, same order), with OK and
     * Cancel; the indices ticked at OK, in order (possibly none), or empty when cancelled. Without its own dialog
     * this is {@link #confirm} taking the items ticked at first.
     */
    default Optional<List<Integer>> pick(Question question, List<String> items, List<Boolean> checked) {
        if (!confirm(question)) {
            return Optional.empty();
        }
        List<Integer> ticked = new java.util.ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            if (checked.get(k)) {
                ticked.add(k);
            }
        }
        return Optional.of(ticked);
    }

    /** Tells something that needs no answer; returns at once. */
    void inform(String title, String text);

    /**
     * Tells why what the reader asked for could not be done (a notes file they opened that cannot be imported), whole,
     * under its header (the file's name), with OK only; waits until it is closed. Without its own dialog this is
     * {@link #inform} of the header and the text.
     */
    default void explain(Question question) {
        inform(question.title(), question.header() + "\n\n" + question.text());
    }

    /**
     * Tells a list of reasons that needs no answer (the group folder's Details…), one paragraph each, in a scrolling
     * text of bounded height so that any number of them leaves the dialog and its OK on the screen (issue 16's window
     * try-out w3: 20 unreadable files made a dialog 2,239 px tall); {@code id} names the dialog pane. Returns at once.
     * Without its own dialog this is {@link #inform} with the paragraphs joined.
     */
    default void informList(String title, String id, List<String> paragraphs) {
        inform(title, String.join("\n\n", paragraphs));
    }

    /**
     * As {@link #informList}, and the open dialog follows {@code paragraphs} as they change (the group folder's
     * Details… opened while the stick was out went on saying "not there" after it was back); {@code whenNone} is
     * said while there are none. Read on the FX thread. Without its own dialog this is {@link #informList} of the
     * paragraphs now.
     */
    default void informList(String title, String id, javafx.beans.value.ObservableValue<List<String>> paragraphs,
                            String whenNone) {
        informList(title, id, paragraphs.getValue().isEmpty() ? List.of(whenNone) : paragraphs.getValue());
    }

    /** Asks for a line of text, offering {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String header, String label, String initial);

    /** Asks to choose one of {@code options} (the first offered); empty when cancelled. */
    Optional<String> choose(String title, String header, String label, List<String> options);

    /** Asks for a folder to read; empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** Asks for a file to read; empty when cancelled. */
    Optional<Path> chooseFile(String title, List<Filter> filters);

    /** Asks where to write a file, offering {@code initialName}; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String initialName);

    /** Shows the note editor ({@link NoteEditor}); empty when cancelled. */
    Optional<NoteEditor.Result> editNote(NoteEditor.Request request);

    /**
     * Asks for a reply or a question ({@link ConversationDialog}); empty when cancelled. Without a dialog of its
     * own (a script that does not write), nothing is written.
     */
    default Optional<ConversationDialog.Written> write(ConversationDialog.Request request) {
        return Optional.empty();
    }

    /**
     * Shows each person's notes as a layer to show or hide; {@code setVisible} runs at each change with the
     * person's author id. Waits until closed.
     */
    void people(List<PeopleViewModel.Person> people, BiConsumer<String, Boolean> setVisible);
}
