package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.check.CheckCommand;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

/** The headless check and options commands on an exported workspace with EWS and Graph mailboxes. */
@ExtendWith(WorkspaceExtension.class)
class MailboxKindsCommandsTest {

    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path file;

    @BeforeEach
    void export(TempWorkspace workspace) throws Exception {
        StoredRegistration app = workspace.oauth().save(0, new AzureAppRegistration("Contoso Graph", "2b2c3d4e-0000-4000-8000-00000000abcd",
                "contoso.onmicrosoft.com", Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.CLIENT_CREDENTIALS,
                EnumSet.of(OAuthProtocol.GRAPH)));
        Mailbox claims = workspace.mailboxes().add(InboundMailbox.draft("claims", 5, "claims@contoso.com", new GraphCloud(Cloud.GLOBAL)));
        Mailbox sender = workspace.mailboxes().add(OutboundMailbox.draft("support@contoso.com", "support@contoso.com",
                new GraphCloud(Cloud.GLOBAL)));
        workspace.mailboxes().add(InboundMailbox.draft("billing", 5, "billing@contoso.com", EwsEndpoint.exchangeOnline()));
        workspace.oauth().link(claims, app, true);
        workspace.oauth().link(sender, app, false);
        file = workspace.tempFolder().resolve("kinds.json");
        WorkspaceExporter.write(file, WorkspaceContent.read(workspace.database()), WorkspaceExporter.Options.whole());
    }

    private String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkNamesTheEwsMailboxOnExchangeOnline() {
        int exit = CheckCommand.run(new String[] {"check", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ExportedWorkspaceReader());

        assertThat(exit).as(text(err)).isIn(CheckCommand.NO_ERRORS, CheckCommand.ERRORS); // the system clock decides the stage
        assertThat(text(out)).contains("Mailbox billing reads Exchange Online through EWS, which Exchange Online")
                .doesNotContain("graphAppSecret").doesNotContain("Graph mailbox claims").doesNotContain("GRAPH");
    }

    @Test
    void optionsTakesTheGraphSecretByTheMailboxNameAndAnotherSendOption() {
        int exit = OptionsCommand.run(new String[] {"options", file.toString(), "--even-with-errors", "--secrets-stdin",
                        "--graph-send-option", "sending-type=GRAPH"},
                new ByteArrayInputStream("claims=App-Secret-1\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), NOVEMBER_2026);

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).contains("[pop-client-claims]\nmailbox=claims@contoso.com\ntype=GRAPH\n", "password=App-Secret-1",
                "secret=App-Secret-1", "sending-type=GRAPH", "type=ews\nfolder-path=Inbox\n");
    }

    @Test
    void aBadSendOptionIsRefusedInWordsAndNothingIsWritten() {
        int exit = OptionsCommand.run(new String[] {"options", file.toString(), "--graph-send-option", "Server Type"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), NOVEMBER_2026);

        assertThat(exit).isEqualTo(OptionsCommand.UNUSABLE);
        assertThat(text(out)).isEmpty();
        assertThat(text(err)).startsWith("--graph-send-option takes option=value, e.g. server-type=graph").doesNotContain("Exception");
    }
}
