package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mailroom.domain.Field;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/**
 * The data Genesys Customer Care needs to move mailboxes to OAuth 2.0, per mailbox: Mailbox Name,
 * directory-id, client-id, tenant-authority (only when not the default) and whether it is a test mailbox.
 * Test mailboxes come first: the spec has a test mailbox migrated and checked before the others.
 */
public final class MigrationRequest {

    public static final String MAILBOX_NAME = "Mailbox Name";
    public static final String DIRECTORY_ID = "directory-id";
    public static final String CLIENT_ID = "client-id";
    public static final String TENANT_AUTHORITY = "tenant-authority";
    public static final String IS_TEST = "Is it a test mailbox";
    private static final String CRLF = "\r\n";

    /** One mailbox of the request; {@code tenantAuthority} is empty for the default authority. */
    public record Row(String mailboxName, String directoryId, String clientId, String tenantAuthority, boolean test) {
    }

    private final List<Row> rows;

    private MigrationRequest(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** @throws RuleViolationException when there is no mailbox or none is marked as a test mailbox */
    public static MigrationRequest of(AzureAppRegistration registration, List<MigrationMailbox> mailboxes) {
        if (mailboxes.stream().noneMatch(MigrationMailbox::testMailbox)) {
            throw new RuleViolationException(Violation.of(Field.TEST_MAILBOX,
                    mailboxes.isEmpty() ? "oauth.rule.migrationEmpty" : "oauth.rule.testMailboxFirst"));
        }
        AzureAppRegistration r = registration.normalized();
        String authority = r.cloud() == Cloud.GLOBAL ? "" : r.cloud().authority() + "/";
        List<Row> rows = new ArrayList<>();
        mailboxes.stream()
                .sorted(Comparator.comparing((MigrationMailbox m) -> !m.testMailbox())) // stable: keeps the admin's order
                .forEach(m -> rows.add(new Row(m.name(), r.tenant(), r.clientId(), authority, m.testMailbox())));
        return new MigrationRequest(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Plain text to paste into the support case, one block per mailbox. */
    public String asText() {
        StringBuilder text = new StringBuilder(Text.get("oauth.migration.intro")).append("\n");
        for (Row row : rows) {
            text.append("\n");
            line(text, MAILBOX_NAME, row.mailboxName());
            line(text, DIRECTORY_ID, row.directoryId());
            line(text, CLIENT_ID, row.clientId());
            if (!row.tenantAuthority().isEmpty()) {
                line(text, TENANT_AUTHORITY, row.tenantAuthority());
            }
            line(text, IS_TEST, yesNo(row.test()));
        }
        return text.toString();
    }

    /** RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled. */
    public String asCsv() {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", MAILBOX_NAME, DIRECTORY_ID, CLIENT_ID, TENANT_AUTHORITY, IS_TEST)).append(CRLF);
        for (Row row : rows) {
            csv.append(String.join(",", csvField(row.mailboxName()), csvField(row.directoryId()),
                    csvField(row.clientId()), csvField(row.tenantAuthority()), yesNo(row.test()))).append(CRLF);
        }
        return csv.toString();
    }

    /** {@code {"mailboxes":[{"Mailbox Name":..., ...}]}}; tenant-authority left out when it is the default. */
    public String asJson() {
        ObjectNode root = ManifestJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("mailboxes");
        for (Row row : rows) {
            ObjectNode mailbox = list.addObject();
            mailbox.put(MAILBOX_NAME, row.mailboxName());
            mailbox.put(DIRECTORY_ID, row.directoryId());
            mailbox.put(CLIENT_ID, row.clientId());
            if (!row.tenantAuthority().isEmpty()) {
                mailbox.put(TENANT_AUTHORITY, row.tenantAuthority());
            }
            mailbox.put(IS_TEST, yesNo(row.test()));
        }
        try {
            return ManifestJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's own answers: the request is read by Customer Care, so they stay in English. */
    private static String yesNo(boolean test) {
        return test ? "Yes" : "No";
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(": ").append(value).append("\n");
    }

    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
