package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;

/**
 * The language switch (issue 13, decision 0015): where the chapter shown exists in other languages of
 * the handbook's folder, {@link #choicesProperty()} offers them, and {@link #switchTo} opens the same
 * chapter in the chosen one: the folder is opened in that language off the FX thread
 * ({@link BackgroundTasks}), then it replaces the handbook ({@link ReaderViewModel#switchLanguage}),
 * whose notes are its own. Runs without controls; call on the FX thread (the UI executor of the tasks).
 */
public final class LanguagesViewModel {
    private static final System.Logger LOG = System.getLogger(LanguagesViewModel.class.getName());

    /** One language the chapter shown exists in: its tag, its name in itself, and the chapter's id there. */
    public record Choice(String language, String label, String chapterId, boolean current) {
    }

    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<List<Choice>> choices = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final Texts texts;

    public LanguagesViewModel(ReaderViewModel reader, BackgroundTasks tasks, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        reader.chapterProperty().addListener((o, was, now) -> update());
        reader.handbookProperty().addListener((o, was, now) -> update());
        update();
    }

    /**
     * The languages of the chapter shown, the current one first and marked; empty when it exists in one
     * language only (the switch is then hidden).
     */
    public ReadOnlyObjectProperty<List<Choice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** True while a language is being opened: the switch is disabled meanwhile. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /**
     * Opens the chapter shown in {@code choice}'s language. A folder that can no longer be read leaves the
     * current handbook as it is and says why in the problem bar.
     */
    public void switchTo(Choice choice) {
        if (choice.current() || working.get()) {
            return;
        }
        Handbook from = reader.handbookProperty().get();
        working.set(true);
        tasks.run("open-language", progress -> from.openTranslation(choice.language()), next -> {
            working.set(false);
            reader.switchLanguage(next, choice.chapterId());
        }, failure -> {
            working.set(false);
            reader.report(texts.format("problem.languageNotOpened", choice.label(),
                    texts.logged(LOG, "Switching language", failure)));
        });
    }

    private void update() {
        Handbook h = reader.handbookProperty().get();
        Chapter c = reader.chapterProperty().get();
        List<Handbook.Translation> others = h == null || c == null ? List.of() : h.translations(c.id());
        if (others.isEmpty()) {
            choices.set(List.of());
            return;
        }
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(h.book().language(), label(texts, h.book().language()), c.id(), true));
        for (Handbook.Translation t : others) {
            out.add(new Choice(t.language(), label(texts, t.language()), t.chapterId(), false));
        }
        choices.set(List.copyOf(out));
    }

    /**
     * The language's name in itself, capitalised ("Español", "English"), as the interface's are
     * ({@link Texts#nameOf}); "Original" (in the window's language) for untagged originals.
     */
    static String label(Texts texts, String tag) {
        return tag.isEmpty() ? texts.get("language.original") : Texts.nameOf(Locale.forLanguageTag(tag));
    }
}
