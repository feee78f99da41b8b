package org.mailroom.io;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;

/**
 * The workspace as E-mail Server options in the INI form Configuration Server / GAX imports
 * ({@code [section]} then {@code option=value} lines; facts sheet §3).
 *
 * <p>Sections: {@code [smtp-client]} for the outbound mailbox, and {@code [pop-client-<Mailbox Name>]} for
 * each inbound mailbox, the name exactly as typed (mailbox names hold only letters, digits and @ _ . and
 * are unique ignoring case, so section names are valid and distinct). Mailboxes in name order.
 *
 * <p>Values: {@code type} pop3 | imap; {@code enable-ssl} true for SSL/TLS; {@code *-connection-security}
 * none | ssl-tls | start-tls; {@code maximum-msg-size} is the Max size in MB as the form has it; timeouts
 * in seconds. An OAuth mailbox adds {@code mail.<type>.auth.mechanisms=XOAUTH2}, client-id, directory-id,
 * tenant-authority (only outside the global cloud), scope and grant-type. Passwords and client secrets
 * are written only when asked for; with client credentials the password option holds the app secret.
 */
public final class EmailServerOptions {

    /** @param includePasswords the UI warns first; secrets come from {@code secrets} (copies this class wipes) */
    public record Settings(int connectTimeoutSeconds, int protocolTimeoutSeconds, boolean includePasswords,
                           Function<SecretRef, Optional<char[]>> secrets) {

        public static Settings withoutPasswords() {
            return new Settings(30, 60, false, ref -> Optional.empty());
        }

        public Settings withPasswords(Function<SecretRef, Optional<char[]>> source) {
            return new Settings(connectTimeoutSeconds, protocolTimeoutSeconds, true, source);
        }
    }

    private EmailServerOptions() {
    }

    public static String ini(WorkspaceContent content, Settings settings) {
        StringBuilder ini = new StringBuilder("; E-mail Server options exported by Mailroom\n");
        content.mailboxes().stream().filter(m -> m instanceof OutboundMailbox)
                .forEach(m -> section(ini, OutboundMailbox.NAME, options(m, content, settings)));
        content.mailboxes().stream().filter(m -> m instanceof InboundMailbox)
                .forEach(m -> section(ini, "pop-client-" + m.name(), options(m, content, settings)));
        return ini.toString();
    }

    private static Map<String, String> options(Mailbox mailbox, WorkspaceContent content, Settings settings) {
        boolean inbound = mailbox instanceof InboundMailbox;
        Map<String, String> options = new LinkedHashMap<>();
        options.put("server", mailbox.server().host());
        options.put("port", Integer.toString(mailbox.server().port()));
        options.put(inbound ? "mailbox" : "user", mailbox.login());
        if (inbound) {
            options.put("type", mailbox.server().protocol().name().toLowerCase(Locale.ROOT));
            options.put("enable-ssl", Boolean.toString(mailbox.server().security() == ConnectionSecurity.SSL_TLS));
            options.put("pop-connection-security", security(mailbox.server().security()));
            options.put("maximum-msg-size", Integer.toString(((InboundMailbox) mailbox).maxSizeMb()));
        } else {
            options.put("enable-authentication", "true");
            options.put("smtp-connection-security", security(mailbox.server().security()));
        }
        options.put("connect-timeout", Integer.toString(settings.connectTimeoutSeconds()));
        options.put("protocol-timeout", Integer.toString(settings.protocolTimeoutSeconds()));
        Optional<AzureAppRegistration> oauth = registration(mailbox, content);
        oauth.ifPresent(r -> oauthOptions(options, mailbox, r));
        if (settings.includePasswords()) {
            boolean appSecret = oauth.map(r -> r.grant() == GrantType.CLIENT_CREDENTIALS).orElse(false);
            SecretRef ref = appSecret ? SecretRef.clientSecret(registrationId(mailbox, content)) : SecretRef.mailboxPassword(mailbox.id());
            settings.secrets().apply(ref).ifPresent(secret -> {
                options.put(!inbound && appSecret ? "secret" : "password", new String(secret));
                Arrays.fill(secret, '\0');
            });
        }
        return options;
    }

    private static void oauthOptions(Map<String, String> options, Mailbox mailbox, AzureAppRegistration r) {
        String type = mailbox.server().protocol().name().toLowerCase(Locale.ROOT);
        options.put("mail." + type + ".auth.mechanisms", "XOAUTH2");
        options.put("client-id", r.clientId());
        options.put("directory-id", r.tenant());
        if (r.cloud() != Cloud.GLOBAL) {
            options.put("tenant-authority", r.cloud().authority());
        }
        boolean appOnly = r.grant() == GrantType.CLIENT_CREDENTIALS;
        String host = !appOnly && r.cloud() == Cloud.GLOBAL ? "outlook.office.com" : r.cloud().exchangeHost();
        options.put("scope", "https://" + host + "/.default");
        options.put("grant-type", appOnly ? "client_credentials" : "password");
    }

    private static Optional<AzureAppRegistration> registration(Mailbox mailbox, WorkspaceContent content) {
        OAuthLink link = content.oauthLinks().get(mailbox.id());
        return link == null ? Optional.empty() : content.registrations().stream()
                .filter(r -> r.id() == link.registrationId()).map(StoredRegistration::registration).findFirst();
    }

    private static long registrationId(Mailbox mailbox, WorkspaceContent content) {
        return content.oauthLinks().get(mailbox.id()).registrationId();
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
