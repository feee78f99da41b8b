package org.mailroom.ui.check;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.mailroom.check.Finding;

/** The findings of the configuration check; "Go to item" (or a double-click) shows the item. */
public final class CheckView {

    /** A cell's left and right padding and a little air, so wrapped text never touches the next column. */
    private static final double CELL_PADDING = 14;

    private final CheckViewModel viewModel;

    @FXML private Label summary;
    @FXML private TableView<Finding> table;
    @FXML private TableColumn<Finding, String> severityColumn;
    @FXML private TableColumn<Finding, String> itemColumn;
    @FXML private TableColumn<Finding, String> messageColumn;
    @FXML private TableColumn<Finding, String> fixColumn;
    @FXML private Button goToButton;

    /** "Go to item" leaves the window open, so the admin can walk the list. */
    public CheckView(CheckViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.findings());
        severityColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().severity().label()));
        itemColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().item().label()));
        messageColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().message()));
        fixColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().fix()));
        itemColumn.setCellFactory(CheckView::wrapping);
        messageColumn.setCellFactory(CheckView::wrapping);
        fixColumn.setCellFactory(CheckView::wrapping);
        table.setRowFactory(view -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    goTo();
                }
            });
            return row;
        });
        goToButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        summary.textProperty().bind(Bindings.createStringBinding(() -> viewModel.countsProperty().get().summary(),
                viewModel.countsProperty()));
    }

    /**
     * A cell that shows its whole text on as many lines as it needs: a Text wrapped at the column's width
     * makes the row grow, where a wrapping Labeled keeps the row's height and cuts the rest with "…".
     */
    private static TableCell<Finding, String> wrapping(TableColumn<Finding, String> column) {
        Text text = new Text();
        text.getStyleClass().add("wrapping-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        TableCell<Finding, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
                setAccessibleText(empty ? null : value);
            }
        };
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    @FXML
    private void goTo() {
        viewModel.goTo(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void again() {
        viewModel.refresh();
    }
}
