package org.mailroom.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A table's column order, widths and the columns the admin hid, kept in the window state under a prefix. */
public final class ColumnLayout {

    private ColumnLayout() {
    }

    public static <S> void restore(TableView<S> table, WindowState state, String prefix) {
        List<String> order = Arrays.asList(state.get(prefix + ".order", "").split(","));
        List<TableColumn<S, ?>> columns = new ArrayList<>(table.getColumns());
        columns.sort((a, b) -> Integer.compare(position(order, a), position(order, b)));
        table.getColumns().setAll(columns);
        List<String> hidden = Arrays.asList(state.get(prefix + ".hidden", "").split(","));
        for (TableColumn<S, ?> column : columns) {
            double width = state.get(prefix + ".width." + column.getId(), -1);
            if (width > 0 && column.isResizable()) {
                column.setPrefWidth(width);
            }
            column.setVisible(!hidden.contains(column.getId()));
        }
    }

    public static void remember(TableView<?> table, WindowState state, String prefix) {
        state.put(prefix + ".order", String.join(",", table.getColumns().stream().map(TableColumn::getId).toList()));
        table.getColumns().stream().filter(TableColumn::isVisible)
                .forEach(column -> state.put(prefix + ".width." + column.getId(), column.getWidth()));
        state.put(prefix + ".hidden", String.join(",", table.getColumns().stream()
                .filter(column -> !column.isVisible()).map(TableColumn::getId).toList()));
    }

    /** Columns the saved order doesn't know (new in this version) keep their place after the known ones. */
    private static int position(List<String> order, TableColumn<?, ?> column) {
        int index = order.indexOf(column.getId());
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
