package org.mailroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Severity;

/** Protocol notes, PowerShell lines and the mailbox checklist. */
class SetupTextsTest {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 30);

    @Test
    void notesSayWhatTheSpecAndMicrosoftSay() {
        List<String> password = keys(ProtocolNotes.notesFor(EnumSet.of(OAuthProtocol.POP3, OAuthProtocol.EWS), GrantType.PASSWORD, TODAY));
        assertThat(password).containsExactly(ProtocolNotes.POP3_NOT_SUPPORTED, ProtocolNotes.EWS_RETIREMENT,
                ProtocolNotes.PASSWORD_GRANT_LIMITS, ProtocolNotes.PUBLIC_CLIENT_FLOWS);
        List<ProtocolNote> graph = ProtocolNotes.notesFor(Set.of(OAuthProtocol.GRAPH), GrantType.PASSWORD, TODAY);
        assertThat(graph.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(ProtocolNotes.notesFor(Set.of(OAuthProtocol.EWS), GrantType.PASSWORD, TODAY).get(0).text())
                .contains("2026-10-01").contains("2027-04-01");
        assertThat(keys(ProtocolNotes.notesFor(Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS, TODAY)))
                .containsExactly(ProtocolNotes.APP_ONLY_MAILBOX_ACCESS);
        assertThat(password.stream().map(k -> k).toList()).doesNotContain(ProtocolNotes.SMTP_AUTH);
    }

    @Test
    void powerShellForImapAppOnlyKeepsMailboxPermissions() {
        AzureAppRegistration app = TokenCheckerTest.appOnly(OAuthProtocol.IMAP);
        List<PowerShellLine> lines = PowerShellLines.appOnlySetup(app,
                List.of(AppOnlyMailbox.inbound("support@contoso.com"), AppOnlyMailbox.inbound("o'brien@contoso.com")), null, "sp-1");
        assertThat(lines).extracting(PowerShellLine::command).containsExactly(
                "Connect-ExchangeOnline",
                "New-ServicePrincipal -AppId 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' -ObjectId <enterprise-application-object-id>"
                        + " -DisplayName 'Mailroom'",
                "Add-MailboxPermission -Identity 'support@contoso.com' -User 'sp-1' -AccessRights FullAccess",
                "Add-MailboxPermission -Identity 'o''brien@contoso.com' -User 'sp-1' -AccessRights FullAccess");
        assertThat(lines.get(1).note()).contains("Enterprise application").contains("NOT");
        assertThat(PowerShellLines.appOnlySetup(TokenCheckerTest.delegated(OAuthProtocol.IMAP),
                List.of(AppOnlyMailbox.inbound("a")), null, null)).isEmpty();
    }

    @Test
    void mailboxChecklistWithSetCasMailboxLines() {
        List<MailboxChecklist.Item> items = MailboxChecklist.forMailbox("support@contoso.com",
                EnumSet.of(OAuthProtocol.IMAP, OAuthProtocol.POP3, OAuthProtocol.SMTP), GrantType.PASSWORD);
        assertThat(items).extracting(MailboxChecklist.Item::powerShell).containsExactly("",
                "Set-CASMailbox -Identity 'support@contoso.com' -ImapEnabled $true",
                "Set-CASMailbox -Identity 'support@contoso.com' -PopEnabled $true",
                "Set-CASMailbox -Identity 'support@contoso.com' -SmtpClientAuthenticationDisabled $false");
        assertThat(items.get(0).text()).contains("Multifactor");
        assertThat(MailboxChecklist.forMailboxes(List.of("a", "b"), Set.of(OAuthProtocol.EWS), GrantType.CLIENT_CREDENTIALS))
                .isEmpty();
    }

    private static List<String> keys(List<ProtocolNote> notes) {
        return notes.stream().map(ProtocolNote::key).toList();
    }
}
