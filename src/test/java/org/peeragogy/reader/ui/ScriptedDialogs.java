package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Answers from a script, and remembers what was asked. */
final class ScriptedDialogs implements Dialogs {
    final Deque<Object> answers = new ArrayDeque<>();
    final List<Question> questions = new ArrayList<>();
    /** The file names a save dialog suggested, in order. */
    final List<String> suggestedNames = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    /** What was told whole with OK only ({@link #explain}), in order. */
    final List<Question> explained = new ArrayList<>();
    /** The items of each check list offered, in order. */
    final List<List<String>> picked = new ArrayList<>();
    /** Which items of each check list were ticked when it was offered, in order. */
    final List<List<Boolean>> pickedTicks = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <T> Optional<T> next() {
        return (Optional<T>) answers.removeFirst();
    }

    @Override
    public boolean confirm(Question question) {
        questions.add(question);
        return (Boolean) answers.removeFirst();
    }

    @Override
    public void inform(String title, String text) {
        told.add(text);
    }

    @Override
    public void explain(Question question) {
        explained.add(question);
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        return next();
    }

    @Override
    public Optional<String> choose(String title, String header, String label, List<String> options) {
        Optional<Integer> index = next();
        return index.map(options::get);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return next();
    }

    @Override
    public Optional<Path> chooseFile(String title, List<Filter> filters) {
        return next();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName) {
        suggestedNames.add(initialName);
        return next();
    }

    @Override
    public Optional<NoteEditor.Result> editNote(NoteEditor.Request request) {
        return next();
    }

    @Override
    public void people(List<PeopleViewModel.Person> people, BiConsumer<String, Boolean> setVisible) {
        throw new AssertionError("not asked in these tests");
    }

    /**
     * The next answer: a Boolean (OK with the ticks as offered, or Cancel), or an {@code Optional<List<Integer>>} of
     * the indices ticked at OK, empty for Cancel.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<List<Integer>> pick(Question question, List<String> items, List<Boolean> checked) {
        questions.add(question);
        picked.add(List.copyOf(items));
        pickedTicks.add(List.copyOf(checked));
        Object a = answers.removeFirst();
        if (a instanceof Boolean ok) {
            List<Integer> ticked = new ArrayList<>();
            for (int k = 0; k < checked.size(); k++) {
                if (checked.get(k)) {
                    ticked.add(k);
                }
            }
            return ok ? Optional.of(ticked) : Optional.empty();
        }
        return (Optional<List<Integer>>) a;
    }
}
