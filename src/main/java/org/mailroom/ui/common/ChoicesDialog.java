package org.mailroom.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mailroom.text.Text;

/**
 * The window behind {@link DialogService#chooseEach}: a drop-down per row, and a menu above them that
 * sets every row that allows the answer chosen. OK gives the answers in row order.
 */
final class ChoicesDialog<T> extends Dialog<List<T>> {

    private static final int ROWS_SHOWN = 10;
    private static final double ROW_HEIGHT = 31;
    private static final double PADDING = 8;
    private static final double DROP_DOWN_WIDTH = 220;

    ChoicesDialog(String question, List<DialogService.Choice<T>> rows, Function<T, String> describe) {
        StringConverter<T> names = new ShownAs<>(describe);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(PADDING));
        List<ComboBox<T>> answers = new ArrayList<>();
        for (DialogService.Choice<T> row : rows) {
            ComboBox<T> answer = dropDown(row.options(), names);
            answer.setValue(row.preselected());
            answer.setId("choice-" + answers.size());
            Label label = new Label(row.label());
            label.setLabelFor(answer);
            grid.addRow(answers.size(), label, answer);
            answers.add(answer);
        }
        // A menu, not a drop-down: choosing the same answer again, after changing a row, applies it again.
        MenuButton forAll = new MenuButton(Text.get("dialog.choices.all"));
        forAll.setId("choiceForAll");
        for (T option : rows.stream().flatMap(row -> row.options().stream()).distinct().toList()) {
            MenuItem item = new MenuItem(describe.apply(option));
            item.setOnAction(event -> answers.stream().filter(answer -> answer.getItems().contains(option))
                    .forEach(answer -> answer.setValue(option)));
            forAll.getItems().add(item);
        }

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(rows.size(), ROWS_SHOWN) * ROW_HEIGHT + 2 * PADDING);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(12, text, forAll, scroll));
        getDialogPane().setPrefWidth(640);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? answers.stream().map(ComboBox::getValue).toList() : null);
    }

    private static <T> ComboBox<T> dropDown(List<T> options, StringConverter<T> names) {
        ComboBox<T> dropDown = new ComboBox<>(FXCollections.observableArrayList(options));
        dropDown.setConverter(names);
        dropDown.setPrefWidth(DROP_DOWN_WIDTH);
        return dropDown;
    }
}
