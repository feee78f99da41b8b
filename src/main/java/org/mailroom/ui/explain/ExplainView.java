package org.mailroom.ui.explain;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import org.mailroom.diagnosis.Explanation;

/** The pasted text above, each meaning found below with the field it points at and the fix. */
public final class ExplainView {

    private static final double CELL_PADDING = 14;

    private final ExplainViewModel viewModel;

    @FXML private TextArea pastedText;
    @FXML private Label message;
    @FXML private TableView<Explanation> table;
    @FXML private TableColumn<Explanation, String> saidColumn;
    @FXML private TableColumn<Explanation, String> causeColumn;
    @FXML private TableColumn<Explanation, String> fieldColumn;
    @FXML private TableColumn<Explanation, String> fixColumn;

    public ExplainView(ExplainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        pastedText.textProperty().bindBidirectional(viewModel.pastedProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        table.setItems(viewModel.explanations());
        saidColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().said()));
        causeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().cause()));
        fieldColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().field()));
        fixColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().fix()));
        causeColumn.setCellFactory(ExplainView::wrapping);
        fixColumn.setCellFactory(ExplainView::wrapping);
    }

    @FXML
    private void explain() {
        viewModel.explain();
    }

    /** A cell whose text wraps to the column's width, so a long fix is read whole. */
    private static TableCell<Explanation, String> wrapping(TableColumn<Explanation, String> column) {
        TableCell<Explanation, String> cell = new TableCell<>();
        Text text = new Text();
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        text.textProperty().bind(cell.itemProperty());
        text.getStyleClass().add("wrapped-cell-text");
        cell.setGraphic(text);
        cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        return cell;
    }
}
