package org.mailroom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.mailroom.domain.Field;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/** The mail server entries of the workspace. */
public final class MailServerStore {

    private static final String COLUMNS = "id, host, port, protocol, security";

    private final WorkspaceDatabase database;
    /** The version of each entry as this client last read or wrote it: what an edit opened now starts from. */
    private final RowVersions versions = new RowVersions("mail_server");

    public MailServerStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public List<MailServer> findAll() {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + ", " + RowVersions.COLUMNS
                        + " FROM mail_server ORDER BY protocol, host_key, port")
                .map((rows, context) -> {
                    MailServer server = read(rows);
                    versions.read(server.id(), rows);
                    return server;
                })
                .list());
    }

    /** The entry with this id, if it exists. */
    public Optional<MailServer> find(long id) {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM mail_server WHERE id = :id")
                .bind("id", id)
                .map((rows, context) -> read(rows))
                .findFirst());
    }

    public MailServer add(MailServer draft) {
        return database.write(conflicts(draft), handle -> {
            long id = bind(handle.createUpdate("INSERT INTO mail_server (host, port, protocol, security) VALUES (:host, :port, :protocol, :security)"), draft)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            versions.added(handle, id);
            return draft.withId(id);
        });
    }

    /** The version of the entry as this client last read or wrote it (memory only: safe on any thread). */
    public ItemVersion versionSeen(long id) {
        return versions.seen(id);
    }

    /** Saves a changed entry over the version this client last read; see {@link #update(MailServer, ItemVersion)}. */
    public MailServer update(MailServer server) {
        return update(server, versionSeen(server.id()));
    }

    /**
     * Saves a changed entry, only while the stored one is still at {@code startedFrom} (another admin's newer change
     * is refused in words, nothing written); an entry in use cannot switch between reading (POP3/IMAP) and sending (SMTP).
     */
    public MailServer update(MailServer server, ItemVersion startedFrom) {
        return database.write(conflicts(server), handle -> {
            versions.claim(handle, server.id(), startedFrom, server.address(), () -> find(server.id()), MailServer::address);
            refuseDirectionChangeInUse(handle, server);
            int changed = bind(handle.createUpdate("UPDATE mail_server SET host = :host, port = :port, protocol = :protocol, "
                    + "security = :security WHERE id = :id"), server).bind("id", server.id()).execute();
            if (changed == 0) {
                throw new StoreException(Text.get("store.serverGone", server.address()));
            }
            return server;
        });
    }

    private void refuseDirectionChangeInUse(Handle handle, MailServer server) {
        MailServer stored = handle.createQuery("SELECT " + COLUMNS + " FROM mail_server WHERE id = :id")
                .bind("id", server.id())
                .map((rows, context) -> read(rows))
                .findOne().orElse(null);
        if (stored != null && stored.direction() != server.direction()) {
            List<String> users = mailboxesUsing(server);
            if (!users.isEmpty()) {
                throw new RuleViolationException(Violation.of(Field.PROTOCOL,
                        "rule.serverDirectionInUse", String.join(", ", users)));
            }
        }
    }

    /** Deletes an entry no mailbox uses; an entry in use is refused with the names of its mailboxes. */
    public void delete(MailServer server) {
        database.write(handle -> {
            List<String> users = mailboxesUsing(server);
            if (!users.isEmpty()) {
                throw new RuleViolationException(Violation.about(server.address(), Field.SERVER,
                        "rule.serverInUse", String.join(", ", users)));
            }
            versions.deleted(server.id());
            return handle.createUpdate("DELETE FROM mail_server WHERE id = :id").bind("id", server.id()).execute();
        });
    }

    /** Names of the mailboxes that use the entry, in name order. */
    public List<String> mailboxesUsing(MailServer server) {
        return database.read(handle -> handle.createQuery("SELECT name FROM mailbox WHERE server_id = :id ORDER BY name_key")
                .bind("id", server.id())
                .mapTo(String.class)
                .list());
    }

    static MailServer read(ResultSet rows) throws SQLException {
        return new MailServer(rows.getLong("id"), rows.getString("host"), rows.getInt("port"),
                Protocol.valueOf(rows.getString("protocol")), ConnectionSecurity.valueOf(rows.getString("security")));
    }

    private static <S extends SqlStatement<S>> S bind(S statement, MailServer server) {
        return statement.bind("host", server.host())
                .bind("port", server.port())
                .bind("protocol", server.protocol().name())
                .bind("security", server.security().name());
    }

    private static SqlErrors.Conflicts conflicts(MailServer server) {
        return (broken, cause) -> translate(server, broken);
    }

    private static RuntimeException translate(MailServer server, SqlErrors.Broken broken) {
        if (broken == SqlErrors.Broken.UNIQUE) {
            return new RuleViolationException(Violation.of(Field.SERVER,
                    "rule.duplicateServer", server.label()));
        }
        return null;
    }
}
