package org.mailroom.ui.tests;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The connection-test part of the details panel: the selected mailbox's last test, its steps and Copy report. */
final class TestDetailsView {

    private final ConnectionTestsView tests;

    @FXML private VBox testBox;
    @FXML private Label testSummary;
    @FXML private VBox advice;
    @FXML private Label adviceText;
    @FXML private VBox testSteps;
    @FXML private Button copyReportButton;

    TestDetailsView(ConnectionTestsView tests) {
        this.tests = tests;
    }

    @FXML
    private void initialize() {
        tests.bindDetails(testBox, testSummary, new TestDetailsView.Parts(advice, adviceText, testSteps), copyReportButton);
    }

    /** What a failed test says to do, and the list of its steps. */
    record Parts(VBox advice, Label adviceText, VBox steps) {
    }

    @FXML
    private void copyReport() {
        tests.copyReport();
    }
}
