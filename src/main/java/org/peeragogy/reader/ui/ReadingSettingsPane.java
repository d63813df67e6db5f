package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.peeragogy.reader.book.Annotation;

/**
 * View → Reading settings (issue 14, decisions 0027 and 0038): the page's font, line, paragraph, letter and word
 * spacing, italics, and underlines for highlights, in a panel docked at the window's right edge
 * ({@code #reading-settings}, {@link #WIDTH} pixels), not a dialog over the text. The text makes room for it (a
 * panel beside the text folds away first, as in a narrow window), so every change is seen on the chapter as it is
 * made, at 1024×600 too; nothing is modal, so the reader can scroll and read meanwhile. Every change shows at once
 * and is saved ({@link ReadingSettingsViewModel}); "The page's own" puts everything back. Esc or Close takes the
 * panel away and gives the keyboard back to the text. Numbers are written as the window's language writes them
 * ("1,5" in Spanish). The panel is in the scene only while shown, so its Alt keys are live only then. FX thread.
 */
final class ReadingSettingsPane {
    /** The panel's width in pixels: its longest words wrap within it. */
    static final double WIDTH = 320;

    private final ReadingSettingsViewModel model;
    private final Texts texts;
    private final Consumer<Node> dock;
    private final Runnable backToText;
    private VBox root;
    private boolean showing;
    /** The font choices, in order, as built. */
    private final java.util.List<RadioButton> fontButtons = new java.util.ArrayList<>();

    /**
     * @param dock       puts the panel at the window's right edge, or takes it away when given null
     * @param backToText gives the keyboard to the chapter's text
     */
    ReadingSettingsPane(ReadingSettingsViewModel model, Texts texts, Consumer<Node> dock, Runnable backToText) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.dock = Objects.requireNonNull(dock);
        this.backToText = Objects.requireNonNull(backToText);
    }

    /** Docks the panel (built the first time) with the keyboard on the chosen font; again, the keyboard goes to it. */
    void show() {
        if (root == null) {
            root = build();
        }
        if (!showing) {
            showing = true;
            dock.accept(root);
        }
        // The chosen font by reference: a lookup does not see into the scroll pane before its first layout, and the
        // panel itself took the keyboard, a node with no ring that Down does nothing in (fresh tester 14c).
        Node chosen = fontButtons.stream().filter(RadioButton::isSelected).findFirst()
                .map(Node.class::cast).orElse(fontButtons.isEmpty() ? root : fontButtons.get(0));
        if (chosen.getScene() != null) {
            chosen.requestFocus();
            return;
        }
        // Built just now, the choices join the window only when the scroll pane gets its skin, at the next layout:
        // the keyboard goes to them then.
        chosen.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    chosen.sceneProperty().removeListener(this);
                    if (showing) {
                        chosen.requestFocus();
                    }
                }
            }
        });
    }

    /** Takes the panel away; the keyboard, when it was in the panel, goes back to the text. */
    void close() {
        if (!showing) {
            return;
        }
        javafx.scene.Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean inside = false;
        for (Node at = focus; at != null; at = at.getParent()) {
            inside |= at == root;
        }
        showing = false;
        dock.accept(null);
        if (inside) {
            backToText.run();
        }
    }

    /** Whether the panel is docked now. */
    boolean showing() {
        return showing;
    }

    /** The panel while it is docked, else null (a region for F6 and Tab only then). */
    Node node() {
        return showing ? root : null;
    }

    private VBox build() {
        Label title = new Label(texts.get("reading.title"));
        title.getStyleClass().add("panel-title");
        Label header = wrapping(new Label(texts.get("reading.header")));
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Always there: a scroll bar that appeared would narrow the words after their lines were counted.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button reset = new Button(texts.get("reading.reset"));
        reset.setId("reading-reset");
        reset.setOnAction(e -> model.reset()); // the controls follow the model
        Button close = new Button(texts.get("button.close"));
        close.setId("reading-close");
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, reset, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, header, scroll, buttons);
        box.setId("reading-settings");
        box.getStyleClass().add("reading-settings");
        box.setPadding(new Insets(10, 12, 10, 12));
        box.setPrefWidth(WIDTH);
        box.setMinWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setAccessibleText(texts.get("reading.title"));
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        return box;
    }

    /** {@code l} wrapping its words within the panel, every line of it shown: it is never squeezed to "…". */
    private static <T extends javafx.scene.control.Labeled> T wrapping(T l) {
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE); // the scroll pane below gives way instead, when the window is low
        return l;
    }

    private VBox content() {
        ReadingSettings now = model.settingsProperty().get();
        fontButtons.clear();
        ToggleGroup fonts = new ToggleGroup();
        VBox fontBox = new VBox(4);
        for (ReadingSettings.Font f : ReadingSettings.Font.values()) {
            RadioButton b = new RadioButton();
            b.setId("reading-font-" + f.name().toLowerCase(Locale.ROOT));
            b.setUserData(f);
            b.setToggleGroup(fonts);
            b.setSelected(f == now.font());
            fontButtons.add(b);
            fontBox.getChildren().add(worded(b, f.label(texts)));
        }
        fonts.selectedToggleProperty().addListener((o, was, t) -> {
            if (t != null) {
                model.set(model.settingsProperty().get().withFont((ReadingSettings.Font) t.getUserData()));
            }
        });
        Label fontLabel = new Label(texts.get("reading.font"));
        fontLabel.getStyleClass().add("settings-heading");

        // Each spacing's name above its choice: the panel is narrow, and a longer language's name is never cut.
        VBox spacing = new VBox(6,
                labelled(texts.get("reading.line"), choice("reading-line", ReadingSettings.LINE,
                        texts.format("reading.pageOwn", 1.6), "reading.times", ReadingSettings::line,
                        ReadingSettings::withLine)),
                labelled(texts.get("reading.paragraph"), choice("reading-paragraph", ReadingSettings.PARAGRAPH,
                        texts.format("reading.pageOwn", 1), "reading.em", ReadingSettings::paragraph,
                        ReadingSettings::withParagraph)),
                labelled(texts.get("reading.letter"), choice("reading-letter", ReadingSettings.LETTER,
                        texts.get("reading.none"), "reading.em", ReadingSettings::letter, ReadingSettings::withLetter)),
                labelled(texts.get("reading.word"), choice("reading-word", ReadingSettings.WORD,
                        texts.get("reading.none"), "reading.em", ReadingSettings::word, ReadingSettings::withWord)));
        Label note = wrapping(new Label(texts.get("reading.note")));

        CheckBox upright = check("reading-upright", now.upright(), ReadingSettings::withUpright);
        CheckBox patterns = check("reading-patterns", now.patterns(), ReadingSettings::withPatterns);
        StringBuilder legend = new StringBuilder();
        for (Annotation.Colour c : Annotation.Colour.values()) {
            legend.append(legend.isEmpty() ? "" : ", ").append(texts.format("reading.legendItem",
                    ColourSwatches.label(texts, c), ColourSwatches.pattern(texts, c)));
        }
        Label legendLabel = wrapping(new Label(texts.format("reading.legend", legend)));
        legendLabel.setId("reading-patterns-legend");
        patterns.setAccessibleHelp(legend.toString());

        // The controls follow the model (after "The page's own", or a change made elsewhere).
        model.settingsProperty().addListener((o, was, s) -> {
            fonts.getToggles().forEach(t -> t.setSelected(t.getUserData() == s.font()));
            upright.setSelected(s.upright());
            patterns.setSelected(s.patterns());
        });
        VBox box = new VBox(8, fontLabel, fontBox, spacing, note, worded(upright, texts.get("reading.upright")),
                worded(patterns, texts.get("reading.patterns")), legendLabel);
        box.setPadding(new Insets(4, 6, 4, 2));
        return box;
    }

    /** A spacing's name (its Alt key giving the keyboard to {@code control}) above the control. */
    private static VBox labelled(String name, ComboBox<Double> control) {
        Label label = wrapping(new Label(name));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, label, control);
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

    private CheckBox check(String id, boolean value, BiFunction<ReadingSettings, Boolean, ReadingSettings> with) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setSelected(value);
        box.selectedProperty().addListener((o, was, v) -> model.set(with.apply(model.settingsProperty().get(), v)));
        return box;
    }

    /**
     * {@code control} with its words in a label beside it, which wraps within the panel: a radio button's or check
     * box's own text does not (JavaFX counts its lines without the mark beside it, and cuts the last word to "…").
     * The label's Alt key and a click on it act on the control; a screen reader hears the words as its name.
     */
    private static HBox worded(javafx.scene.control.ButtonBase control, String words) {
        Label label = wrapping(new Label(words));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setOnMouseClicked(e -> {
            control.requestFocus();
            control.fire();
        });
        control.setAccessibleText(words.replaceFirst("_(?=.)", ""));
        HBox row = new HBox(6, control, label);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        return row;
    }
}
