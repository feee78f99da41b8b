package org.mailroom.ui.detect;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.mailroom.detect.Candidate;

/** The Detect servers window: address, Detect and Cancel, the candidates as they arrive, and what to know. */
public final class DetectServersView {

    private final DetectServersViewModel viewModel;

    @FXML private TextField emailAddressField;
    @FXML private Button detectButton;
    @FXML private Button cancelButton;
    @FXML private Label problemLabel;
    @FXML private Label scopeLabel;
    @FXML private ProgressBar progress;
    @FXML private Label detectionStatus;
    @FXML private TableView<Candidate> candidateTable;
    @FXML private TableColumn<Candidate, String> serverColumn;
    @FXML private TableColumn<Candidate, String> typeColumn;
    @FXML private TableColumn<Candidate, String> securityColumn;
    @FXML private TableColumn<Candidate, String> sourceColumn;
    @FXML private TableColumn<Candidate, String> statusColumn;
    @FXML private TableColumn<Candidate, String> loginColumn;
    @FXML private Label detailLabel;
    @FXML private Label detectionNotes;

    public DetectServersView(DetectServersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emailAddressField.textProperty().bindBidirectional(viewModel.addressProperty());
        detectButton.disableProperty().bind(viewModel.canDetectProperty().not());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.managedProperty().bind(viewModel.problemProperty().isNotEmpty());
        scopeLabel.setText(viewModel.scope().label());
        progress.visibleProperty().bind(viewModel.runningProperty());
        detectionStatus.textProperty().bind(viewModel.statusProperty());
        detailLabel.textProperty().bind(viewModel.selectedDetailProperty());
        detectionNotes.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.notes()), viewModel.notes()));

        candidateTable.setItems(viewModel.candidates());
        show(serverColumn, c -> c.toMailServer().address());
        show(typeColumn, c -> c.protocol().toString());
        show(securityColumn, c -> c.security().label());
        show(sourceColumn, c -> c.source().label());
        show(statusColumn, c -> c.status().label());
        show(loginColumn, c -> c.signIn().login());
        candidateTable.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            // replacing a row clears the table's selection for a moment; the view model restores it
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> select(now));
    }

    /** The field the window focuses first. */
    public Node firstField() {
        return emailAddressField;
    }

    private void select(Candidate candidate) {
        if (candidate == null) {
            candidateTable.getSelectionModel().clearSelection();
        } else if (candidateTable.getSelectionModel().getSelectedItem() != candidate) {
            candidateTable.getSelectionModel().select(candidate);
        }
    }

    private static void show(TableColumn<Candidate, String> column, Function<Candidate, String> text) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    }

    @FXML
    private void detect(ActionEvent event) {
        // Enter in the address field detects; it must not also press the window's default button
        event.consume();
        if (viewModel.canDetectProperty().get()) {
            viewModel.detect();
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
