package org.mailroom.ui.tests;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.mailroom.mail.StepResult;

/** The connection-test part of the details panel: the selected mailbox's last test, its steps and Copy report. */
final class TestDetailsView {

    private final ConnectionTestsView tests;

    @FXML private VBox testBox;
    @FXML private Label testSummary;
    @FXML private ListView<StepResult> testSteps;
    @FXML private Button copyReportButton;

    TestDetailsView(ConnectionTestsView tests) {
        this.tests = tests;
    }

    @FXML
    private void initialize() {
        tests.bindDetails(testBox, testSummary, testSteps, copyReportButton);
    }

    @FXML
    private void copyReport() {
        tests.copyReport();
    }
}
