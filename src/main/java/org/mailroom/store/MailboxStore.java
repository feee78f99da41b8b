package org.mailroom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.Field;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.Direction;
import org.mailroom.domain.InboundMailbox;
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
                            + "ews_folder, graph_cloud FROM mailbox ORDER BY name_key")
                    .map((rows, context) -> read(rows, serversById))
                    .list();
        });
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

    private static Mailbox insert(Handle handle, Mailbox draft) {
        long id = bindEditable(handle.createUpdate("INSERT INTO mailbox (direction, name, max_size_mb, login, from_address, server_id, "
                + "endpoint_kind, ews_url, ews_folder, graph_cloud) VALUES (:direction, :name, :maxSize, :login, :fromAddress, :serverId, "
                + ":endpointKind, :ewsUrl, :ewsFolder, :graphCloud)"), draft)
                .bind("direction", draft.direction().name())
                .bind("name", draft.name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return draft.withId(id);
    }

    /** Saves the editable fields; the name and direction are fixed once a mailbox exists. */
    public Mailbox update(Mailbox mailbox) {
        return database.write(conflicts(mailbox), handle -> {
            int changed = bindEditable(handle.createUpdate("UPDATE mailbox SET max_size_mb = :maxSize, login = :login, "
                    + "from_address = :fromAddress, server_id = :serverId, endpoint_kind = :endpointKind, ews_url = :ewsUrl, "
                    + "ews_folder = :ewsFolder, graph_cloud = :graphCloud WHERE id = :id AND name = :name AND direction = :direction"), mailbox)
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

    private static Mailbox read(ResultSet rows, Map<Long, MailServer> servers) throws SQLException {
        long id = rows.getLong("id");
        String login = rows.getString("login");
        Endpoint endpoint = switch (rows.getString("endpoint_kind")) {
            case EWS -> new EwsEndpoint(rows.getString("ews_url"), rows.getString("ews_folder"));
            case GRAPH -> new GraphCloud(Cloud.valueOf(rows.getString("graph_cloud")));
            default -> servers.get(rows.getLong("server_id"));
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
