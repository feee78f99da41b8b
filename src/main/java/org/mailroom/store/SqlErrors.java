package org.mailroom.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.mailroom.text.Text;

/** Turns JDBC failures into messages an admin can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException readFailed(SQLException e) {
        return new StoreException(Text.get("store.readFailed", e.getMessage()), e);
    }

    static StoreException writeFailed(SQLException e) {
        return new StoreException(Text.get("store.writeFailed", e.getMessage()), e);
    }

    static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

}
