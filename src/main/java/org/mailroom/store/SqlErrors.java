package org.mailroom.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.JdbiException;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where database failures become what the admin reads: a rule the database enforces
 * (unique names, one outbound mailbox, an entry that is gone) becomes the store's own words, anything
 * else "could not be read/saved" with only the database's error code. SQL text, exception class names
 * and the driver's message go to the log, never into the message.
 */
final class SqlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

    /** Which database rule a statement broke. */
    enum Broken {
        /** a unique constraint: a name, an endpoint, the one outbound mailbox */
        UNIQUE,
        /** a foreign key whose parent row is missing: the referenced entry was deleted meanwhile */
        PARENT_MISSING
    }

    /** How a store words a broken rule; null leaves it a plain failed write. */
    @FunctionalInterface
    interface Conflicts {

        Conflicts NONE = (broken, cause) -> null;

        RuntimeException explain(Broken broken, Exception cause);
    }

    private SqlErrors() {
    }

    static StoreException readFailed(Exception e) {
        if (isConnectionLost(e)) {
            return new StoreException(Text.get("store.serverAwayRead"), e);
        }
        return logged(new StoreException(Text.get("store.readFailed", code(e)), e));
    }

    static RuntimeException writeFailed(Exception e, Conflicts conflicts) {
        SQLException sql = sqlCause(e);
        if (sql != null && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new StoreException(Text.get("store.readOnlyEdit"), e);
        }
        if (isConnectionLost(e)) {
            return new StoreException(Text.get("store.serverAwayEdit"), e);
        }
        Broken broken = broken(e);
        RuntimeException explained = broken == null ? null : conflicts.explain(broken, e);
        if (explained != null) {
            return explained;
        }
        // a value longer than its column: the rules should have refused it first, so say what it is, not only a code
        boolean tooLong = sql != null && (sql.getErrorCode() == ErrorCode.VALUE_TOO_LONG_2 || "22001".equals(sql.getSQLState()));
        return logged(new StoreException(Text.get(tooLong ? "store.valueTooLong" : "store.writeFailed", code(e)), e));
    }

    /**
     * The error code of the failure for the admin to quote: H2's number (e.g. 90028), or PostgreSQL's SQLSTATE
     * (e.g. 42P01), which it reports instead; the whole story is in the log.
     */
    static String code(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return "-";
        }
        return sql.getErrorCode() == 0 && sql.getSQLState() != null ? sql.getSQLState() : Integer.toString(sql.getErrorCode());
    }

    /** Whether a team server went away (or can't be reached) under the statement: SQLSTATE class 08, or shut down (57P). */
    static boolean isConnectionLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // H2 has error codes of its own (a closed workspace is 90098, not a server away); PostgreSQL has none
            if (cause instanceof SQLException sql && sql.getErrorCode() == 0 && (sql instanceof java.sql.SQLTransientConnectionException
                    || sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
                return true;
            }
        }
        return false;
    }


    static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Whether the failure is a Jdbi or JDBC one, which this class translates, rather than the work's own. */
    static boolean isDatabaseFailure(Throwable e) {
        return e instanceof JdbiException || e instanceof SQLException;
    }

    private static Broken broken(Exception e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return null;
        }
        if (sql.getErrorCode() == 0) {
            // PostgreSQL: only the SQLSTATE, and 23503 for either side of a foreign key; its stores check a
            // parent's children before they delete it, so a broken key here is a parent deleted meanwhile
            return switch (String.valueOf(sql.getSQLState())) {
                case "23505" -> Broken.UNIQUE;
                case "23503" -> Broken.PARENT_MISSING;
                default -> null;
            };
        }
        return switch (sql.getErrorCode()) {
            case ErrorCode.DUPLICATE_KEY_1 -> Broken.UNIQUE;
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 -> Broken.PARENT_MISSING;
            default -> null;
        };
    }

    private static StoreException logged(StoreException failure) {
        LOG.warn(failure.getMessage(), failure.getCause());
        return failure;
    }
}
