package org.mailroom.io;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mailroom.check.CheckInput;
import org.mailroom.check.ExpiryRegister;
import org.mailroom.check.Finding;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.text.Text;

/**
 * The whole configuration as one printable HTML page for review and sign-off. Every value from the
 * workspace is escaped; no secret is ever part of it (the workspace content holds none).
 */
public final class ConfigurationSummary {

    private static final String STYLE = "body{font-family:sans-serif;font-size:11pt;margin:2em}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #999;padding:4px 6px;"
            + "text-align:left;vertical-align:top}th{background:#eee}h2{page-break-after:avoid}tr{page-break-inside:avoid}"
            + ".sign td{height:2.5em}.open{font-weight:bold;color:#b71c1c}";

    private ConfigurationSummary() {
    }

    /** A workspace without tests or registration notes: its expiry register is empty. */
    public static String html(WorkspaceContent content, List<Finding> findings, ZonedDateTime generatedAt) {
        return html(CheckInput.of(content), findings, generatedAt);
    }

    /**
     * @param workspace the workspace with its last tests and registration notes (the expiry register comes from them)
     * @param findings  what the configuration check finds open now; listed before the sign-off
     */
    public static String html(CheckInput workspace, List<Finding> findings, ZonedDateTime generatedAt) {
        WorkspaceContent content = workspace.content();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(Text.get("io.summary.title"))).append("</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(escape(Text.get("io.summary.title"))).append("</h1>\n<p>")
                .append(escape(Text.get("io.summary.generated", generatedAt.format(DateTimeFormatter.RFC_1123_DATE_TIME))))
                .append("</p>\n");
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0) {
            html.append("<p class=\"open\">").append(escape(Text.get("io.summary.openErrors", errors))).append("</p>\n");
        }
        heading(html, "io.summary.mailboxes");
        table(html, List.of(Text.get("field.mailboxName"), Text.get("field.direction"), Text.get("field.state"),
                Text.get("field.server"), Text.get("field.login"), Text.get("io.summary.sizeOrFrom"), Text.get("field.applicationName"),
                Text.get("io.summary.signIn")), content.mailboxes().stream().map(m -> mailboxRow(m, content)).toList());
        heading(html, "io.summary.servers");
        table(html, List.of(Text.get("field.host"), Text.get("field.port"), Text.get("field.protocol"), Text.get("field.security")),
                content.servers().stream().map(ConfigurationSummary::serverRow).toList());
        heading(html, "io.summary.applications");
        table(html, List.of(Text.get("field.applicationName"), Text.get("io.summary.stream")),
                content.applications().byId().values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                        .map(a -> List.of(a.name(), Text.get(a.streamEnabled() ? "io.summary.enabled" : "io.summary.disabled"))).toList());
        heading(html, "io.summary.registrations");
        table(html, List.of(Text.get("oauth.field.name"), Text.get("oauth.field.clientId"), Text.get("oauth.field.tenant"),
                Text.get("oauth.field.cloud"), Text.get("oauth.field.grant")), content.registrations().stream().map(r -> List.of(r.name(),
                r.registration().clientId(), r.registration().tenant(), Text.of(r.registration().cloud()), Text.of(r.registration().grant()))).toList());
        heading(html, "io.summary.expiries");
        LocalDate today = generatedAt.toLocalDate();
        table(html, List.of(Text.get("io.summary.expiryWhat"), Text.get("check.column.item"), Text.get("io.summary.expires"),
                Text.get("io.summary.daysLeft")), ExpiryRegister.of(workspace, today).stream().map(e -> List.of(
                Text.get(e.kind() == ExpiryRegister.Kind.CLIENT_SECRET ? "io.summary.clientSecret" : "io.summary.certificate", e.what()),
                e.item().label(), e.expires().toString(), String.valueOf(e.daysLeft(today)))).toList());
        heading(html, "io.summary.fromAddresses");
        table(html, List.of(Text.get("field.folderName"), Text.get("field.attributeName"), Text.get("field.valueName"),
                Text.get("field.displayName")), fromAddressRows(content));
        html.append("<p>").append(escape(content.fromAttribute().map(a -> Text.get("io.summary.fromAttribute", a.name()))
                .orElse(Text.get("io.summary.noFromAttribute")))).append("</p>\n");
        heading(html, "io.summary.findings");
        if (findings.isEmpty()) {
            html.append("<p>").append(escape(Text.get("io.summary.noFindings"))).append("</p>\n");
        } else {
            table(html, List.of(Text.get("check.column.severity"), Text.get("check.column.item"), Text.get("check.column.message"),
                    Text.get("check.column.fix")), findings.stream().map(f -> List.of(f.severity().label(), f.item().label(), f.message(), f.fix())).toList());
        }
        heading(html, "io.summary.signOff");
        html.append("<table class=\"sign\"><tr><th>").append(escape(Text.get("io.summary.reviewedBy"))).append("</th><th>")
                .append(escape(Text.get("io.summary.date"))).append("</th><th>").append(escape(Text.get("io.summary.signature")))
                .append("</th></tr><tr><td></td><td></td><td></td></tr></table>\n</body></html>\n");
        return html.toString();
    }

    private static List<String> mailboxRow(Mailbox mailbox, WorkspaceContent content) {
        String sizeOrFrom = mailbox instanceof InboundMailbox in ? in.maxSizeMb() + " MB" : ((OutboundMailbox) mailbox).fromAddress();
        boolean enabled = content.applications().stateOf(mailbox) == MailboxState.ENABLED;
        OAuthLink link = content.oauthLinks().get(mailbox.id());
        String signIn = link == null ? Text.get("io.summary.password") : content.registrations().stream()
                .filter(r -> r.id() == link.registrationId()).map(StoredRegistration::name)
                .map(name -> Text.get("io.summary.oauth", name)).findFirst().orElse("");
        return List.of(mailbox.name(), Text.get("direction." + mailbox.direction().name().toLowerCase(Locale.ROOT)),
                Text.get(enabled ? "io.summary.enabled" : "io.summary.disabled"), mailbox.endpoint().label(), mailbox.login(), sizeOrFrom,
                content.applications().applicationOf(mailbox).map(DigitalApplication::name).orElse(""), signIn);
    }

    private static List<String> serverRow(MailServer server) {
        return List.of(server.host(), Integer.toString(server.port()), server.protocol().name(), server.security().label());
    }

    private static List<List<String>> fromAddressRows(WorkspaceContent content) {
        Map<Long, AttributeFolder> folders = content.folders().stream().collect(Collectors.toMap(AttributeFolder::id, f -> f));
        Map<Long, BusinessAttribute> attributes = content.attributes().stream().collect(Collectors.toMap(BusinessAttribute::id, a -> a));
        return content.fromAddressValues().stream().map((FromAddress v) -> {
            BusinessAttribute attribute = attributes.get(v.attributeId());
            return List.of(folders.get(attribute.folderId()).name(), attribute.name(), v.address(), v.displayName());
        }).toList();
    }

    private static void heading(StringBuilder html, String key) {
        html.append("<h2>").append(escape(Text.get(key))).append("</h2>\n");
    }

    private static void table(StringBuilder html, List<String> headers, List<List<String>> rows) {
        html.append("<table><tr>");
        headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** The five characters HTML gives meaning to, in text and in attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
