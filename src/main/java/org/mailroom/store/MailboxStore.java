package org.mailroom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.Field;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.text.Text;

/**
 * The mailboxes of the workspace. The database enforces the workspace rules too (unique names
 * ignoring case, one outbound mailbox), so they hold whatever path a change takes.
 */
public final class MailboxStore {

    /** The values of the endpoint_kind column. */
    private static final String MAIL_SERVER = "MAIL_SERVER";
    private static final String EWS = "EWS";
    private static final String GRAPH = "GRAPH";

    private final WorkspaceDatabase database;
    private final MailServerStore servers;
    /** The version of each mailbox as this client last read or wrote it: what an edit opened now starts from. */
    private final RowVersions versions = new RowVersions("mailbox");

    public MailboxStore(WorkspaceDatabase database, MailServerStore servers) {
        this.database = database;
        this.servers = servers;
    }

    /** Every mailbox in name order; mailboxes on the same server share one {@link MailServer}. */
    public List<Mailbox> findAll() {
        return database.read(handle -> {
            Map<Long, MailServer> serversById = new HashMap<>();
            for (MailServer server : servers.findAll()) {
                serversById.put(server.id(), server);
            }
            return handle.createQuery("SELECT id, direction, name, max_size_mb, login, from_address, server_id, endpoint_kind, ews_url, "
                            + "ews_folder, graph_cloud, version, changed_by, changed_at FROM mailbox ORDER BY name_key")
                    .map((rows, context) -> {
                        Mailbox mailbox = read(rows, serversById::get);
                        versions.read(mailbox.id(), rows);
                        return mailbox;
                    })
                    .list();
        });
    }

    /** The mailbox with this id, if it exists. */
    public Optional<Mailbox> find(long id) {
        return database.read(handle -> handle.createQuery("SELECT id, direction, name, max_size_mb, login, from_address, server_id, "
                        + "endpoint_kind, ews_url, ews_folder, graph_cloud FROM mailbox WHERE id = :id")
                .bind("id", id)
                .map((rows, context) -> read(rows, serverId -> servers.find(serverId).orElseThrow()))
                .findFirst());
    }

    /**
     * A mailbox with what it is tied to: its application and the app registration it signs in through (null for none).
     * One query, so the history can read an item before and after an edit without slowing the edit.
     */
    public record Tied(Mailbox mailbox, Optional<DigitalApplication> application, Long registrationId, boolean testMailbox) {
    }

    /** The mailbox with this id and what it is tied to, if it exists. */
    public Optional<Tied> findTied(long id) {
        return database.read(handle -> handle.createQuery("SELECT m.id, m.direction, m.name, m.max_size_mb, m.login, m.from_address, "
                        + "s.id AS server_id, s.host, s.port, s.protocol, s.security, a.id AS application_id, a.name AS application_name, "
                        + "a.stream_enabled, m.oauth_registration_id, m.oauth_test_mailbox, m.endpoint_kind, m.ews_url, m.ews_folder, "
                        + "m.graph_cloud FROM mailbox m "
                        + "LEFT JOIN mail_server s ON s.id = m.server_id LEFT JOIN digital_application a ON a.id = m.application_id "
                        + "WHERE m.id = :id")
                .bind("id", id)
                .map((rows, context) -> {
                    long serverId = rows.getLong("server_id");
                    MailServer server = rows.wasNull() ? null : new MailServer(serverId, rows.getString("host"), rows.getInt("port"),
                            Protocol.valueOf(rows.getString("protocol")), ConnectionSecurity.valueOf(rows.getString("security")));
                    long applicationId = rows.getLong("application_id");
                    Optional<DigitalApplication> application = rows.wasNull() ? Optional.empty() : Optional.of(
                            new DigitalApplication(applicationId, rows.getString("application_name"), rows.getBoolean("stream_enabled")));
                    return new Tied(read(rows, anyId -> server), application, rows.getObject("oauth_registration_id", Long.class),
                            rows.getBoolean("oauth_test_mailbox"));
                })
                .findFirst());
    }

    public Mailbox add(Mailbox draft) {
        return database.write(conflicts(draft), handle -> insert(handle, draft));
    }

    /** Adds all mailboxes in one transaction: either every one is stored or none is. */
    public List<Mailbox> addAll(List<? extends Mailbox> drafts) {
        return database.inTransaction(() -> {
            List<Mailbox> stored = new ArrayList<>(drafts.size());
            for (Mailbox draft : drafts) {
                stored.add(add(draft));
            }
            return stored;
        });
    }

    private Mailbox insert(Handle handle, Mailbox draft) {
        Instant now = Instant.now();
        long id = bindEditable(handle.createUpdate("INSERT INTO mailbox (direction, name, max_size_mb, login, from_address, server_id, "
                + "endpoint_kind, ews_url, ews_folder, graph_cloud, version, changed_by, changed_at) VALUES (:direction, :name, :maxSize, "
                + ":login, :fromAddress, :serverId, :endpointKind, :ewsUrl, :ewsFolder, :graphCloud, 1, :by, :at)"), draft)
                .bind("direction", draft.direction().name())
                .bind("name", draft.name())
                .bind("by", versions.changedBy())
                .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        versions.inserted(id, now);
        return draft.withId(id);
    }

    /** The version of the mailbox as this client last read or wrote it (memory only: safe on any thread). */
    public ItemVersion versionSeen(long mailboxId) {
        return versions.seen(mailboxId);
    }

    /** Saves the editable fields over the version this client last read; see {@link #update(Mailbox, ItemVersion)}. */
    public Mailbox update(Mailbox mailbox) {
        return update(mailbox, versionSeen(mailbox.id()));
    }

    /**
     * Saves the editable fields (the name and direction are fixed once a mailbox exists), only when the stored
     * mailbox is still at {@code startedFrom}: another admin's newer change is never overwritten, the save is
     * refused with an {@link EditConflictException} naming who changed it and when, and nothing is written.
     */
    public Mailbox update(Mailbox mailbox, ItemVersion startedFrom) {
        return database.write(conflicts(mailbox), handle -> {
            versions.claim(handle, mailbox.id(), startedFrom, mailbox.name(), () -> find(mailbox.id()), Mailbox::name);
            int changed = bindEditable(handle.createUpdate("UPDATE mailbox SET max_size_mb = :maxSize, login = :login, "
                    + "from_address = :fromAddress, server_id = :serverId, endpoint_kind = :endpointKind, ews_url = :ewsUrl, "
                    + "ews_folder = :ewsFolder, graph_cloud = :graphCloud WHERE id = :id AND name = :name AND direction = :direction"),
                    mailbox)
                    .bind("id", mailbox.id())
                    .bind("name", mailbox.name())
                    .bind("direction", mailbox.direction().name())
                    .execute();
            if (changed == 0) {
                throw new StoreException(Text.get("store.mailboxChanged", mailbox.name()));
            }
            return mailbox;
        });
    }

    /** Deletes a disabled mailbox; an enabled one is refused with the application that enables it. */
    public void delete(Mailbox mailbox) {
        database.write(handle -> {
            handle.createQuery("SELECT a.name FROM mailbox m JOIN digital_application a ON a.id = m.application_id "
                            + "WHERE m.id = :id AND a.stream_enabled")
                    .bind("id", mailbox.id())
                    .mapTo(String.class)
                    .findFirst()
                    .ifPresent(application -> {
                        throw new RuleViolationException(WorkspaceRules.deleteEnabled(mailbox, application));
                    });
            versions.deleted(mailbox.id());
            return handle.createUpdate("DELETE FROM mailbox WHERE id = :id").bind("id", mailbox.id()).execute();
        });
    }

    public int count() {
        return database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM mailbox").mapTo(Integer.class).one());
    }

    /** Binds max size, login, From address and server. */
    private static <S extends SqlStatement<S>> S bindEditable(S statement, Mailbox mailbox) {
        if (mailbox instanceof InboundMailbox inbound) {
            statement.bind("maxSize", inbound.maxSizeMb()).bindNull("fromAddress", Types.VARCHAR);
        } else if (mailbox instanceof OutboundMailbox outbound) {
            statement.bindNull("maxSize", Types.INTEGER).bind("fromAddress", outbound.fromAddress());
        }
        statement.bind("login", mailbox.login());
        return bindEndpoint(statement, mailbox.endpoint());
    }

    /** Exactly one way of connecting is filled in; the database's mailbox_endpoint check holds it to that. */
    private static <S extends SqlStatement<S>> S bindEndpoint(S statement, Endpoint endpoint) {
        statement.bindNull("serverId", Types.BIGINT).bindNull("ewsUrl", Types.VARCHAR).bindNull("ewsFolder", Types.VARCHAR)
                .bindNull("graphCloud", Types.VARCHAR);
        if (endpoint instanceof EwsEndpoint ews) {
            return statement.bind("endpointKind", EWS).bind("ewsUrl", ews.url()).bind("ewsFolder", ews.folderPath());
        }
        if (endpoint instanceof GraphCloud graph) {
            return statement.bind("endpointKind", GRAPH).bind("graphCloud", graph.cloud().name());
        }
        return statement.bind("endpointKind", MAIL_SERVER).bind("serverId", ((MailServer) endpoint).id());
    }

    /** One mailbox row; {@code servers} gives the mail server entry of a mailbox on one, by its id. */
    private static Mailbox read(ResultSet rows, LongFunction<MailServer> servers) throws SQLException {
        long id = rows.getLong("id");
        String login = rows.getString("login");
        Endpoint endpoint = switch (rows.getString("endpoint_kind")) {
            case EWS -> new EwsEndpoint(rows.getString("ews_url"), rows.getString("ews_folder"));
            case GRAPH -> new GraphCloud(Cloud.valueOf(rows.getString("graph_cloud")));
            default -> servers.apply(rows.getLong("server_id"));
        };
        return switch (rows.getString("direction")) {
            case "OUTBOUND" -> new OutboundMailbox(id, rows.getString("from_address"), login, endpoint);
            default -> new InboundMailbox(id, rows.getString("name"), rows.getInt("max_size_mb"), login, endpoint);
        };
    }

    private static SqlErrors.Conflicts conflicts(Mailbox mailbox) {
        return (broken, cause) -> translate(mailbox, broken);
    }

    private static RuntimeException translate(Mailbox mailbox, SqlErrors.Broken broken) {
        if (broken == SqlErrors.Broken.UNIQUE) {
            // Outbound names ("smtp-client") cannot collide with inbound ones, which have no '-'.
            Violation violation = mailbox.direction() == Direction.OUTBOUND
                    ? WorkspaceRules.secondOutbound()
                    : WorkspaceRules.duplicateName(mailbox.name());
            return new RuleViolationException(violation);
        }
        if (broken == SqlErrors.Broken.PARENT_MISSING) {
            return new RuleViolationException(Violation.of(Field.SERVER, "rule.serverGone"));
        }
        return null;
    }
}
