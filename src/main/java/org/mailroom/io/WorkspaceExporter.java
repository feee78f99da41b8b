package org.mailroom.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mailroom.check.CheckInput;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.SecretRef;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.secrets.SecretCipher;
import org.mailroom.store.ImportBatch;
import org.mailroom.store.WorkspaceContent;

/**
 * Writes the whole workspace, or chosen mailboxes with what they need (their servers, applications and
 * registrations; the From address folders when the outbound mailbox is among them), as a
 * {@value WorkspaceFile#FORMAT} file. Secrets only on request, sealed under an export passphrase.
 */
public final class WorkspaceExporter {

    /**
     * @param mailboxIds         the mailboxes to export; empty for the whole workspace
     * @param secretsPassphrase  null to leave secrets out (the default); else they are sealed under it
     * @param secrets            where the secrets come from, e.g. {@code PasswordKeeper::get}; copies it may wipe
     */
    public record Options(Set<Long> mailboxIds, char[] secretsPassphrase, Function<SecretRef, Optional<char[]>> secrets) {

        public static Options whole() {
            return new Options(Set.of(), null, ref -> Optional.empty());
        }

        public static Options mailboxes(Set<Long> ids) {
            return new Options(Set.copyOf(ids), null, ref -> Optional.empty());
        }

        public Options withSecrets(char[] passphrase, Function<SecretRef, Optional<char[]>> source) {
            return new Options(mailboxIds, passphrase, source);
        }

        @Override
        public String toString() {
            return "Options[mailboxes=" + mailboxIds + ", secrets=" + (secretsPassphrase != null) + "]";
        }
    }

    private WorkspaceExporter() {
    }

    public static void write(Path target, WorkspaceContent content, Options options) throws IOException {
        write(target, CheckInput.of(content), options);
    }

    /** The workspace with what its check needs besides: each mailbox's last test and the checked manifests. */
    public static void write(Path target, CheckInput workspace, Options options) throws IOException {
        AtomicFiles.write(target, toJson(build(workspace, options)));
    }

    public static byte[] toJson(WorkspaceFile file) {
        try {
            return WorkspaceJson.MAPPER.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkspaceFile build(WorkspaceContent content, Options options) {
        return build(CheckInput.of(content), options);
    }

    public static WorkspaceFile build(CheckInput workspace, Options options) {
        WorkspaceContent content = workspace.content();
        boolean whole = options.mailboxIds().isEmpty();
        List<Mailbox> mailboxes = content.mailboxes().stream().filter(m -> whole || options.mailboxIds().contains(m.id())).toList();
        Map<String, String> refs = new HashMap<>();
        List<WorkspaceFile.Server> servers = new ArrayList<>();
        for (MailServer server : content.servers()) {
            if (whole || mailboxes.stream().anyMatch(m -> m.mailServer().filter(used -> used.id() == server.id()).isPresent())) {
                String ref = "server-" + (servers.size() + 1);
                refs.put(server.label(), ref);
                servers.add(new WorkspaceFile.Server(ref, server.host(), server.port(), server.protocol(), server.security()));
            }
        }
        Map<Long, StoredRegistration> registrationsById = new LinkedHashMap<>();
        content.registrations().forEach(r -> registrationsById.put(r.id(), r));
        List<WorkspaceFile.MailboxEntry> entries = mailboxes.stream()
                .map(m -> entry(m, refs, content, registrationsById, workspace.lastTests().get(m.id()))).toList();
        List<WorkspaceFile.Application> applications = content.applications().byId().values().stream()
                .filter(a -> whole || mailboxes.stream().anyMatch(m -> content.applications().applicationOf(m).equals(Optional.of(a))))
                .sorted(Comparator.comparing(DigitalApplication::name, String.CASE_INSENSITIVE_ORDER))
                .map(a -> new WorkspaceFile.Application(a.name(), a.streamEnabled())).toList();
        List<StoredRegistration> registrations = content.registrations().stream()
                .filter(r -> whole || mailboxes.stream().anyMatch(m -> linkedTo(content, m, r))).toList();
        boolean fromAddresses = whole || mailboxes.stream().anyMatch(m -> m instanceof OutboundMailbox);
        WorkspaceFile.Secrets secrets = options.secretsPassphrase() == null ? null
                : sealSecrets(options, mailboxes, registrations);
        return new WorkspaceFile(WorkspaceFile.FORMAT, WorkspaceFile.VERSION, servers, applications,
                registrations.stream().map(r -> registration(r, workspace.manifests().get(r.id()), workspace.notes().get(r.id()))).toList(), entries,
                fromAddresses ? FromAddressExport.folders(content) : List.of(),
                fromAddresses ? FromAddressExport.chosen(content).orElse(null) : null, secrets);
    }

    private static WorkspaceFile.MailboxEntry entry(Mailbox mailbox, Map<String, String> refs, WorkspaceContent content,
                                                    Map<Long, StoredRegistration> registrations, LastTest test) {
        WorkspaceFile.TestResult lastTest = test == null ? null
                : new WorkspaceFile.TestResult(test.testedAt().toString(), test.outcome(), test.summary(), test.certificateSubject(),
                        test.certificateNotAfter() == null ? null : test.certificateNotAfter().toString());
        String application = content.applications().applicationOf(mailbox).map(DigitalApplication::name).orElse(null);
        OAuthLink link = content.oauthLinks().get(mailbox.id());
        WorkspaceFile.OAuth oauth = link == null ? null
                : new WorkspaceFile.OAuth(registrations.get(link.registrationId()).name(), link.testMailbox());
        String server = mailbox.mailServer().map(s -> refs.get(s.label())).orElse(null);
        EwsEndpoint ews = mailbox.endpoint() instanceof EwsEndpoint e ? e : null;
        Cloud cloud = mailbox.endpoint() instanceof GraphCloud graph ? graph.cloud() : null;
        Integer maxSize = mailbox instanceof InboundMailbox in ? in.maxSizeMb() : null;
        String from = mailbox instanceof OutboundMailbox out ? out.fromAddress() : null;
        return new WorkspaceFile.MailboxEntry(mailbox.name(), mailbox.direction(), mailbox.kind(), maxSize, from, mailbox.login(), server,
                ews == null ? null : ews.url(), ews == null ? null : ews.folderPath(), cloud, application, oauth, lastTest);
    }

    private static boolean linkedTo(WorkspaceContent content, Mailbox mailbox, StoredRegistration registration) {
        OAuthLink link = content.oauthLinks().get(mailbox.id());
        return link != null && link.registrationId() == registration.id();
    }

    private static WorkspaceFile.Registration registration(StoredRegistration stored, String manifest, RegistrationNotes notes) {
        AzureAppRegistration r = stored.registration();
        RegistrationNotes kept = notes == null ? RegistrationNotes.NONE : notes;
        return new WorkspaceFile.Registration(r.name(), r.clientId(), r.tenant(), r.cloud(), r.accountType(), r.grant(),
                r.protocols().stream().sorted().toList(), manifest,
                kept.ticked().isEmpty() ? null : kept.ticked().stream().sorted().toList(),
                kept.confirmedIds().isEmpty() ? null : new TreeMap<>(kept.confirmedIds()),
                kept.secretExpiry().map(LocalDate::toString).orElse(null));
    }

    private static WorkspaceFile.Secrets sealSecrets(Options options, List<Mailbox> mailboxes, List<StoredRegistration> registrations) {
        List<ImportBatch.Secret> clear = new ArrayList<>();
        try {
            for (Mailbox mailbox : mailboxes) {
                options.secrets().apply(SecretRef.mailboxPassword(mailbox.id()))
                        .ifPresent(s -> clear.add(new ImportBatch.Secret(SecretKind.MAILBOX_PASSWORD, mailbox.name(), s)));
            }
            for (StoredRegistration registration : registrations) {
                options.secrets().apply(SecretRef.clientSecret(registration.id()))
                        .ifPresent(s -> clear.add(new ImportBatch.Secret(SecretKind.CLIENT_SECRET, registration.name(), s)));
            }
            return ExportSecrets.seal(options.secretsPassphrase(), clear);
        } finally {
            clear.forEach(s -> SecretCipher.wipe(s.secret()));
        }
    }
}
