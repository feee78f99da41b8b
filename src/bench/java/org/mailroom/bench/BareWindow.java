package org.mailroom.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.mailroom.StartupProbe;
import org.mailroom.ui.common.FirstFrame;

/**
 * The yardstick for Mailroom's start-up: a bare JavaFX window with a 1,000-row, five-column table,
 * timed to its first frame exactly as the startup probe times Mailroom.
 */
public final class BareWindow {

    record Row(String name, String direction, String type, String server, String login) {
    }

    private BareWindow() {
    }

    /** Like Mailroom's launcher, main is kept out of the Application subclass (a classpath launch needs that). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Row("support" + i + "@contoso.com", "Inbound", "IMAP", "outlook.office365.com:993", "support" + i));
        }
        TableView<Row> table = new TableView<>(rows);
        table.getColumns().add(column("Name", Row::name));
        table.getColumns().add(column("Direction", Row::direction));
        table.getColumns().add(column("Type", Row::type));
        table.getColumns().add(column("Server", Row::server));
        table.getColumns().add(column("Login", Row::login));
        stage.setScene(new Scene(table, 1120, 640));
        stage.setTitle("Bare window");
        stage.show();
        FirstFrame.whenPainted(stage.getScene(), () -> {
            StartupProbe.report();
            Platform.exit();
        });
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
