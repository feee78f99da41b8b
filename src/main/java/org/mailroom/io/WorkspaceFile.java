package org.mailroom.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.SecretKind;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;

/**
 * The JSON shape of an exported workspace, version {@value #VERSION}: plain Jackson DTOs, separate from the
 * domain values so the file format can stay stable while the domain changes. Items refer to each other
 * by name (applications, registrations, folders) or by a server's {@code ref}; never by database id.
 * Boxed numbers and booleans so a missing value is told apart from 0 or false.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "servers", "applications", "registrations", "mailboxes", "fromAddressFolders",
        "fromAttribute", "secrets"})
public record WorkspaceFile(String format, Integer version, List<Server> servers, List<Application> applications,
                            List<Registration> registrations, List<MailboxEntry> mailboxes, List<Folder> fromAddressFolders,
                            AttributeName fromAttribute, Secrets secrets) {

    public static final String FORMAT = "mailroom-workspace";
    /** 2 added the mailbox kinds (EWS, Graph); a version 1 file's mailboxes are all on a server entry. */
    public static final int VERSION = 2;
    public static final int FIRST_VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Server(String ref, String host, Integer port, Protocol protocol, ConnectionSecurity security) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Application(String name, Boolean streamEnabled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * {@code manifest}: the permissions the admin last pasted into the wizard's checker, for the check;
     * {@code checklist}: the checklist items ticked as done; {@code confirmedPermissionIds}: permission name to the id
     * the admin found in the tenant; {@code secretExpires}: the client secret's expiry, an ISO date such as 2027-05-31.
     */
    public record Registration(String name, String clientId, String tenant, Cloud cloud, AccountType accountType,
                               GrantType grant, List<OAuthProtocol> protocols, String manifest, List<String> checklist,
                               Map<String, String> confirmedPermissionIds, String secretExpires) {
    }

    /**
     * {@code server} is a {@link Server#ref}; {@code application} and {@code oauth.registration} are names. Where the
     * mailbox connects: POP3, IMAP and SMTP on {@code server}; EWS at {@code ewsUrl} reading {@code folderPath}; Graph
     * in {@code cloud}. No {@code kind} (version 1 files): the server entry's protocol.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "direction", "kind", "maxSizeMb", "fromAddress", "login", "server", "ewsUrl", "folderPath", "cloud",
            "application", "oauth", "lastTest"})
    public record MailboxEntry(String name, Direction direction, MailboxKind kind, Integer maxSizeMb, String fromAddress, String login,
                               String server, String ewsUrl, String folderPath, Cloud cloud, String application, OAuth oauth,
                               TestResult lastTest) {
    }

    /**
     * How the mailbox's last connection test ended, so {@code check FILE} says what the window's badge says.
     * {@code testedAt} is an ISO-8601 instant such as {@code 2026-11-30T09:15:00Z}; {@code certificateSubject} and
     * {@code certificateNotAfter} (an instant too) name the server certificate the test saw, for the expiry register.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TestResult(String testedAt, StepStatus outcome, String summary, String certificateSubject,
                             String certificateNotAfter) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OAuth(String registration, Boolean testMailbox) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Folder(String name, List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribute(String name, List<Value> values) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String address, String displayName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttributeName(String folder, String attribute) {
    }

    /**
     * Secrets sealed under the export passphrase: AES-256-GCM, key from PBKDF2-HMAC-SHA256 with the salt and
     * iterations given; {@code check} is an empty text sealed the same way, to tell a wrong passphrase.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"cipher", "kdf", "iterations", "salt", "check", "items"})
    public record Secrets(String cipher, String kdf, Integer iterations, String salt, String check, List<SealedSecret> items) {

        public static final String CIPHER = "AES-256-GCM";
        public static final String KDF = "PBKDF2-HMAC-SHA256";
    }

    /** {@code owner} is the mailbox's or the registration's name; {@code sealed} is base64. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SealedSecret(SecretKind kind, String owner, String sealed) {
    }
}
