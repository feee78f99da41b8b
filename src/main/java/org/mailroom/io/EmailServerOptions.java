package org.mailroom.io;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.text.Text;

/**
 * The workspace as E-mail Server options in the INI form Configuration Server / GAX imports
 * ({@code [section]} then {@code option=value} lines; facts sheet §3).
 *
 * <p>Sections: {@code [smtp-client]} for the outbound mailbox, and {@code [pop-client-<Mailbox Name>]} for
 * each inbound mailbox, the name exactly as typed (mailbox names hold only letters, digits and @ _ . and
 * are unique ignoring case, so section names are valid and distinct). Mailboxes in name order.
 *
 * <p>Values: {@code type} pop3 | imap | ews | GRAPH; {@code enable-ssl} true for SSL/TLS; {@code *-connection-security}
 * none | ssl-tls | start-tls; {@code maximum-msg-size} is the Max size in MB as the form has it; timeouts
 * in seconds. An OAuth mailbox adds {@code mail.<type>.auth.mechanisms=XOAUTH2}, client-id, directory-id,
 * tenant-authority (only outside the global cloud), scope and grant-type. Passwords and client secrets
 * are written only when asked for; with client credentials the password option holds the app secret.
 *
 * <p>EWS (inbound): {@code server} is the endpoint URL, {@code port} its port, {@code folder-path} always present
 * (empty reads the Inbox); no connection security options, the URL's scheme decides. Graph: no server or port,
 * the cloud shows in {@code scope} and {@code tenant-authority}; the app's client secret is the {@code password}
 * of an inbound section. The outbound Graph mailbox is marked with {@link Settings#graphSendOption()}, by default
 * {@value #GRAPH_SEND_OPTION}: the option name is an inference (facts §8), so it is written with a comment and the
 * admin can name another.
 */
public final class EmailServerOptions {

    /** @param includePasswords the UI warns first; secrets come from {@code secrets} (copies this class wipes) */
    public record Settings(int connectTimeoutSeconds, int protocolTimeoutSeconds, boolean includePasswords,
                           Function<SecretRef, Optional<char[]>> secrets, String graphSendOption) {

        public static Settings withoutPasswords() {
            return new Settings(30, 60, false, ref -> Optional.empty(), GRAPH_SEND_OPTION);
        }

        public Settings withPasswords(Function<SecretRef, Optional<char[]>> source) {
            return new Settings(connectTimeoutSeconds, protocolTimeoutSeconds, true, source, graphSendOption);
        }

        /** {@code option=value} marking the outbound Graph mailbox, instead of {@value #GRAPH_SEND_OPTION}. */
        public Settings withGraphSendOption(String optionAndValue) {
            checkGraphSendOption(optionAndValue);
            return new Settings(connectTimeoutSeconds, protocolTimeoutSeconds, includePasswords, secrets, optionAndValue.strip());
        }
    }

    /** How the outbound section says "send through Graph" unless the admin names another option: an inference. */
    public static final String GRAPH_SEND_OPTION = "server-type=graph";
    private static final Pattern OPTION = Pattern.compile("[a-z][a-z0-9.-]{0,63}=[A-Za-z0-9._-]{1,64}");

    /** {@code name=value}: an option name as E-mail Server spells them, a plain value; else a sentence. */
    public static void checkGraphSendOption(String optionAndValue) {
        if (optionAndValue == null || !OPTION.matcher(optionAndValue.strip()).matches()) {
            throw new IllegalArgumentException(Text.get("options.graphSendOption.bad", GRAPH_SEND_OPTION));
        }
    }

    private EmailServerOptions() {
    }

    public static String ini(WorkspaceContent content, Settings settings) {
        StringBuilder ini = new StringBuilder("; E-mail Server options exported by Mailroom\n");
        if (content.mailboxes().stream().anyMatch(m -> m instanceof OutboundMailbox && m.kind() == MailboxKind.GRAPH)) {
            ini.append(Text.get("options.graphSendOption.comment", settings.graphSendOption())).append('\n');
        }
        content.mailboxes().stream().filter(m -> m instanceof OutboundMailbox)
                .forEach(m -> section(ini, sectionName(m), options(m, registration(m, content), settings)));
        content.mailboxes().stream().filter(m -> m instanceof InboundMailbox)
                .forEach(m -> section(ini, sectionName(m), options(m, registration(m, content), settings)));
        return ini.toString();
    }

    /** {@code smtp-client}, or {@code pop-client-<Mailbox Name>}. */
    public static String sectionName(Mailbox mailbox) {
        return mailbox instanceof OutboundMailbox ? OutboundMailbox.NAME : "pop-client-" + mailbox.name();
    }

    /** The options of one mailbox's section, signing in through {@code app} (empty: with its password). */
    public static Map<String, String> options(Mailbox mailbox, Optional<StoredRegistration> app, Settings settings) {
        boolean inbound = mailbox instanceof InboundMailbox;
        Map<String, String> options = new LinkedHashMap<>();
        Endpoint endpoint = mailbox.endpoint();
        if (endpoint instanceof MailServer server) {
            options.put("server", server.host());
            options.put("port", Integer.toString(server.port()));
        } else if (endpoint instanceof EwsEndpoint ews) {
            options.put("server", ews.url());
            options.put("port", Integer.toString(ews.port()));
        }
        options.put(inbound ? "mailbox" : "user", mailbox.login());
        if (inbound) {
            options.put("type", type(mailbox.kind()));
            if (endpoint instanceof MailServer server) {
                options.put("enable-ssl", Boolean.toString(server.security() == ConnectionSecurity.SSL_TLS));
                options.put("pop-connection-security", security(server.security()));
            } else if (endpoint instanceof EwsEndpoint ews) {
                options.put("folder-path", ews.folderPath());
            }
            options.put("maximum-msg-size", Integer.toString(((InboundMailbox) mailbox).maxSizeMb()));
        } else if (endpoint instanceof MailServer server) {
            options.put("enable-authentication", "true");
            options.put("smtp-connection-security", security(server.security()));
        } else {
            int equals = settings.graphSendOption().indexOf('=');
            options.put(settings.graphSendOption().substring(0, equals), settings.graphSendOption().substring(equals + 1));
        }
        options.put("connect-timeout", Integer.toString(settings.connectTimeoutSeconds()));
        options.put("protocol-timeout", Integer.toString(settings.protocolTimeoutSeconds()));
        Optional<AzureAppRegistration> oauth = app.map(StoredRegistration::registration);
        oauth.ifPresent(r -> oauthOptions(options, mailbox, r));
        if (settings.includePasswords()) {
            // Graph signs in with the app's client secret only, whatever grant the registration names
            boolean appSecret = oauth.map(r -> r.grant() == GrantType.CLIENT_CREDENTIALS || mailbox.kind() == MailboxKind.GRAPH).orElse(false);
            SecretRef ref = appSecret ? SecretRef.clientSecret(app.get().id()) : SecretRef.mailboxPassword(mailbox.id());
            settings.secrets().apply(ref).ifPresent(secret -> {
                options.put(!inbound && appSecret ? "secret" : "password", new String(secret));
                Arrays.fill(secret, '\0');
            });
        }
        return options;
    }

    private static void oauthOptions(Map<String, String> options, Mailbox mailbox, AzureAppRegistration r) {
        if (mailbox.endpoint() instanceof MailServer server) { // a Jakarta Mail option: the mail protocols only
            options.put("mail." + server.protocol().name().toLowerCase(Locale.ROOT) + ".auth.mechanisms", "XOAUTH2");
        }
        options.put("client-id", r.clientId());
        options.put("directory-id", r.tenant());
        if (r.cloud() != Cloud.GLOBAL) {
            options.put("tenant-authority", r.cloud().authority());
        }
        boolean graph = mailbox.kind() == MailboxKind.GRAPH;
        boolean appOnly = graph || r.grant() == GrantType.CLIENT_CREDENTIALS;
        String host = !appOnly && r.cloud() == Cloud.GLOBAL ? "outlook.office.com" : r.cloud().exchangeHost();
        Cloud graphCloud = mailbox.endpoint() instanceof GraphCloud g ? g.cloud() : r.cloud();
        options.put("scope", graph ? graphCloud.graphResource() + "/.default" : "https://" + host + "/.default");
        options.put("grant-type", appOnly ? "client_credentials" : "password");
    }

    private static Optional<StoredRegistration> registration(Mailbox mailbox, WorkspaceContent content) {
        OAuthLink link = content.oauthLinks().get(mailbox.id());
        return link == null ? Optional.empty() : content.registrations().stream()
                .filter(r -> r.id() == link.registrationId() && r.registration() != null).findFirst();
    }

    /** E-mail Server's {@code type} values: pop3, imap, ews, and GRAPH in capitals as its guide writes it. */
    private static String type(MailboxKind kind) {
        return kind == MailboxKind.GRAPH ? "GRAPH" : kind.name().toLowerCase(Locale.ROOT);
    }

    private static String security(ConnectionSecurity security) {
        return switch (security) {
            case SSL_TLS -> "ssl-tls";
            case STARTTLS -> "start-tls";
            case NONE -> "none";
        };
    }

    private static void section(StringBuilder ini, String name, Map<String, String> options) {
        ini.append('\n').append('[').append(name).append("]\n");
        // values come from checked fields without line breaks; this keeps a stray one from starting a new option
        options.forEach((option, value) -> ini.append(option).append('=').append(value.replaceAll("[\\r\\n]", " ")).append('\n'));
    }
}
