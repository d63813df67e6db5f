package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.peeragogy.reader.book.Annotation;

/**
 * View → Reading settings (issue 14): the page's font, line, paragraph, letter and word spacing, italics, and
 * underlines for highlights. Every change shows in the page at once and is saved ({@link ReadingSettingsViewModel});
 * "The page's own" puts everything back. Not modal to the page's content: the reader sees each change behind it.
 * Numbers are written as the window's language writes them ("1,5" in Spanish). FX thread.
 */
final class ReadingSettingsDialog {
    private final Window owner;
    private final ReadingSettingsViewModel model;
    private Dialog<Void> showing;
    private final Texts texts;

    ReadingSettingsDialog(Window owner, ReadingSettingsViewModel model, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.owner = Objects.requireNonNull(owner);
        this.model = Objects.requireNonNull(model);
    }

    /** Shows the dialog (or brings it forward when it is already open); returns at once. */
    void show() {
        if (showing != null && showing.isShowing()) {
            showing.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("reading.title"));
        dialog.setHeaderText(texts.get("reading.header"));
        dialog.getDialogPane().setId("reading-settings");
        ButtonType reset = new ButtonType(texts.get("reading.reset"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(reset, DialogButtons.of(texts).close());
        dialog.getDialogPane().setContent(content());
        // "The page's own" resets without closing: the dialog's controls follow the model.
        dialog.getDialogPane().lookupButton(reset).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.reset();
        });
        dialog.getDialogPane().lookupButton(reset).setId("reading-reset");
        showing = dialog;
        dialog.show();
    }

    private VBox content() {
        ReadingSettings now = model.settingsProperty().get();
        ToggleGroup fonts = new ToggleGroup();
        VBox fontBox = new VBox(4);
        for (ReadingSettings.Font f : ReadingSettings.Font.values()) {
            RadioButton b = new RadioButton(f.label(texts));
            b.setId("reading-font-" + f.name().toLowerCase(Locale.ROOT));
            b.setUserData(f);
            b.setToggleGroup(fonts);
            b.setSelected(f == now.font());
            fontBox.getChildren().add(b);
        }
        fonts.selectedToggleProperty().addListener((o, was, t) -> {
            if (t != null) {
                model.set(model.settingsProperty().get().withFont((ReadingSettings.Font) t.getUserData()));
            }
        });
        Label fontLabel = new Label(texts.get("reading.font"));
        fontLabel.getStyleClass().add("settings-heading");

        GridPane spacing = new GridPane();
        spacing.setHgap(8);
        spacing.setVgap(6);
        int row = 0;
        spacing.addRow(row++, new Label(texts.get("reading.line")), choice("reading-line", ReadingSettings.LINE,
                texts.format("reading.pageOwn", 1.6), "reading.times", ReadingSettings::line, ReadingSettings::withLine));
        spacing.addRow(row++, new Label(texts.get("reading.paragraph")), choice("reading-paragraph",
                ReadingSettings.PARAGRAPH, texts.format("reading.pageOwn", 1), "reading.em", ReadingSettings::paragraph,
                ReadingSettings::withParagraph));
        spacing.addRow(row++, new Label(texts.get("reading.letter")), choice("reading-letter", ReadingSettings.LETTER,
                texts.get("reading.none"), "reading.em", ReadingSettings::letter, ReadingSettings::withLetter));
        spacing.addRow(row, new Label(texts.get("reading.word")), choice("reading-word", ReadingSettings.WORD,
                texts.get("reading.none"), "reading.em", ReadingSettings::word, ReadingSettings::withWord));
        spacing.getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast).forEach(l -> {
            l.setMnemonicParsing(true);
            l.setLabelFor(spacing.getChildren().get(spacing.getChildren().indexOf(l) + 1));
        });
        Label note = new Label(texts.get("reading.note"));
        note.setWrapText(true);
        note.setMaxWidth(420);

        CheckBox upright = check("reading-upright", texts.get("reading.upright"), now.upright(),
                ReadingSettings::withUpright);
        CheckBox patterns = check("reading-patterns", texts.get("reading.patterns"),
                now.patterns(), ReadingSettings::withPatterns);
        StringBuilder legend = new StringBuilder();
        for (Annotation.Colour c : Annotation.Colour.values()) {
            legend.append(legend.isEmpty() ? "" : ", ").append(texts.format("reading.legendItem",
                    ColourSwatches.label(texts, c), ColourSwatches.pattern(texts, c)));
        }
        Label legendLabel = new Label(texts.format("reading.legend", legend));
        legendLabel.setId("reading-patterns-legend");
        legendLabel.setWrapText(true);
        legendLabel.setMaxWidth(420);
        patterns.setAccessibleHelp(legend.toString());

        // The controls follow the model (after "The page's own", or a change made elsewhere).
        model.settingsProperty().addListener((o, was, s) -> {
            fonts.getToggles().forEach(t -> t.setSelected(t.getUserData() == s.font()));
            upright.setSelected(s.upright());
            patterns.setSelected(s.patterns());
        });
        VBox box = new VBox(8, fontLabel, fontBox, spacing, note, upright, patterns, legendLabel);
        box.setPadding(new Insets(8, 12, 4, 12));
        return box;
    }

    /** A choice of {@code values}: 0 is {@code own}, the others are numbers in the message {@code unit}. */
    private ComboBox<Double> choice(String id, List<Double> values, String own, String unit,
                                    ToDoubleFunction<ReadingSettings> get,
                                    BiFunction<ReadingSettings, Double, ReadingSettings> with) {
        ComboBox<Double> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : v == 0 ? own : texts.format(unit, v);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        box.setValue(get.applyAsDouble(model.settingsProperty().get()));
        box.valueProperty().addListener((o, was, v) -> {
            if (v != null) {
                model.set(with.apply(model.settingsProperty().get(), v));
            }
        });
        model.settingsProperty().addListener((o, was, s) -> box.setValue(get.applyAsDouble(s)));
        return box;
    }

    private CheckBox check(String id, String text, boolean value, BiFunction<ReadingSettings, Boolean, ReadingSettings> with) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(true);
        box.setSelected(value);
        box.selectedProperty().addListener((o, was, v) -> model.set(with.apply(model.settingsProperty().get(), v)));
        return box;
    }

}
