package org.mailroom.check;

import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Applications;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;

/**
 * Builds workspaces for the check's tests. {@link #clean()} breaks no rule at all; each test changes one
 * thing to trigger one rule.
 */
final class TestWorkspace {

    static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    static final String CLIENT_ID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    static final String TENANT_ID = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d";
    static final Instant TESTED_AT = Instant.parse("2026-02-27T10:15:00Z");

    final List<MailServer> servers = new ArrayList<>();
    final List<Mailbox> mailboxes = new ArrayList<>();
    final Map<Long, DigitalApplication> applications = new HashMap<>();
    final Map<Long, Long> assignments = new HashMap<>();
    final List<FromAddress> fromAddresses = new ArrayList<>();
    final List<StoredRegistration> registrations = new ArrayList<>();
    final Map<Long, OAuthLink> links = new HashMap<>();
    final Map<Long, LastTest> tests = new HashMap<>();
    private final java.util.Map<Long, String> manifests = new java.util.HashMap<>();
    final Map<Long, org.mailroom.oauth.RegistrationNotes> notes = new HashMap<>();
    private long nextId = 1;

    MailServer imap;
    MailServer smtp;
    DigitalApplication support;
    StoredRegistration contosoApp;
    OutboundMailbox outbound;
    InboundMailbox supportInbox;

    /** Exchange Online on the documented ports, OAuth with a test mailbox, everything assigned and tested. */
    static TestWorkspace clean() {
        TestWorkspace w = new TestWorkspace();
        w.imap = w.server("outlook.office365.com", 993, Protocol.IMAP, SSL_TLS);
        w.smtp = w.server("smtp.office365.com", 587, Protocol.SMTP, STARTTLS);
        w.support = w.application("Support", true);
        w.contosoApp = w.registration(registration(GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP, OAuthProtocol.SMTP)));
        w.outbound = w.outbound("support@contoso.com", "support@contoso.com", w.smtp);
        w.supportInbox = w.inbound("support@contoso.com", "support@contoso.com", w.imap);
        w.link(w.outbound, w.contosoApp, false);
        w.link(w.supportInbox, w.contosoApp, true);
        w.fromAddress("sales@contoso.com");
        w.tickAll(w.contosoApp); // every step outside Mailroom done
        return w;
    }

    /** Ticks every checklist item the registration's mailboxes have now. */
    void tickAll(StoredRegistration registration) {
        List<Mailbox> signingIn = mailboxes.stream().filter(m -> links.containsKey(m.id()) && links.get(m.id()).registrationId() == registration.id())
                .toList();
        java.util.Set<String> keys = new java.util.HashSet<>();
        org.mailroom.oauth.MailboxChecklist.forRegistration(registration.registration(), signingIn, null).forEach(i -> keys.add(i.tickKey()));
        notes.merge(registration.id(), org.mailroom.oauth.RegistrationNotes.NONE.withTicked(keys), (old, ticked) -> old.withTicked(keys));
    }

    static AzureAppRegistration registration(GrantType grant, EnumSet<OAuthProtocol> protocols) {
        return new AzureAppRegistration("Contoso mail", CLIENT_ID, TENANT_ID, Cloud.GLOBAL, AccountType.SINGLE_TENANT,
                grant, protocols);
    }

    MailServer server(String host, int port, Protocol protocol, ConnectionSecurity security) {
        MailServer server = new MailServer(nextId++, host, port, protocol, security);
        servers.add(server);
        return server;
    }

    DigitalApplication application(String name, boolean streamEnabled) {
        DigitalApplication application = new DigitalApplication(nextId++, name, streamEnabled);
        applications.put(application.id(), application);
        return application;
    }

    /** An inbound mailbox assigned to Support and tested successfully. */
    InboundMailbox inbound(String name, String login, Endpoint server) {
        return add(new InboundMailbox(nextId++, name, 5, login, server));
    }

    OutboundMailbox outbound(String fromAddress, String login, Endpoint server) {
        return add(new OutboundMailbox(nextId++, fromAddress, login, server));
    }

    private <M extends Mailbox> M add(M mailbox) {
        mailboxes.add(mailbox);
        if (support != null) {
            assignments.put(mailbox.id(), support.id());
        }
        test(mailbox, StepStatus.OK, "Passed");
        return mailbox;
    }

    void remove(Mailbox mailbox) {
        mailboxes.remove(mailbox);
        assignments.remove(mailbox.id());
        links.remove(mailbox.id());
        tests.remove(mailbox.id());
    }

    void assign(Mailbox mailbox, DigitalApplication application) {
        assignments.put(mailbox.id(), application.id());
    }

    void unassign(Mailbox mailbox) {
        assignments.remove(mailbox.id());
    }

    StoredRegistration registration(AzureAppRegistration registration) {
        StoredRegistration stored = new StoredRegistration(nextId++, registration);
        registrations.add(stored);
        return stored;
    }

    void link(Mailbox mailbox, StoredRegistration registration, boolean testMailbox) {
        links.put(mailbox.id(), new OAuthLink(mailbox.id(), registration.id(), testMailbox));
    }

    void unlink(Mailbox mailbox) {
        links.remove(mailbox.id());
    }

    /** A value of the one Business Attribute. */
    FromAddress fromAddress(String address) {
        FromAddress value = new FromAddress(nextId++, 1, address, "Contoso");
        fromAddresses.add(value);
        return value;
    }

    void test(Mailbox mailbox, StepStatus outcome, String summary) {
        tests.put(mailbox.id(), new LastTest(mailbox.id(), TESTED_AT, outcome, summary));
    }

    void untested(Mailbox mailbox) {
        tests.remove(mailbox.id());
    }

    WorkspaceContent content() {
        BusinessAttribute attribute = new BusinessAttribute(1, 1, "Contoso addresses");
        return new WorkspaceContent(servers, mailboxes, new Applications(applications, assignments),
                List.of(new AttributeFolder(1, "Email")), List.of(attribute), fromAddresses, Optional.of(attribute),
                registrations, links);
    }

    /** The manifest the admin last checked for a registration. */
    TestWorkspace manifest(StoredRegistration registration, String manifest) {
        manifests.put(registration.id(), manifest);
        return this;
    }

    CheckInput input() {
        return new CheckInput(content(), tests, manifests, notes);
    }

    CheckReport check() {
        return new ConfigurationCheck(MARCH_2026).run(input());
    }

    List<Finding> findings(String ruleId) {
        return check().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
