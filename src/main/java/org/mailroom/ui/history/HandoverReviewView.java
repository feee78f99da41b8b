package org.mailroom.ui.history;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The handover review's controls, bound to {@link HandoverReviewViewModel}. */
public final class HandoverReviewView {

    private final HandoverReviewViewModel viewModel;

    @FXML private Label sinceLabel;
    @FXML private TextArea reportArea;
    @FXML private Button textButton;
    @FXML private Button htmlButton;

    public HandoverReviewView(HandoverReviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sinceLabel.textProperty().bind(viewModel.sinceProperty());
        reportArea.textProperty().bind(viewModel.reportProperty());
        textButton.disableProperty().bind(viewModel.readyProperty().not());
        htmlButton.disableProperty().bind(viewModel.readyProperty().not());
    }

    @FXML
    private void exportText() {
        viewModel.export(false);
    }

    @FXML
    private void exportHtml() {
        viewModel.export(true);
    }

    @FXML
    private void markHandedOver() {
        viewModel.markHandedOver();
    }
}
