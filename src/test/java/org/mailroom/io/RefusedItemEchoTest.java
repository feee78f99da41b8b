package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item the import refuses is reported once, with its cause; the items referring to it don't repeat it. */
class RefusedItemEchoTest {

    private static List<String> problems(String json) {
        ImportRejectedException rejected = catchThrowableOfType(
                () -> new WorkspaceImporter(null).check(json.getBytes(StandardCharsets.UTF_8)), ImportRejectedException.class);
        return rejected.problems().stream().map(ImportProblem::describe).toList();
    }

    private static String mailbox(String name, String server, String extra) {
        return """
                {"name": "%s", "direction": "INBOUND", "maxSizeMb": 5, "login": "%s@contoso.com", "server": "%s"%s}"""
                .formatted(name, name, server, extra);
    }

    @Test
    void aRefusedRegistrationIsOneProblemNotOnePerMailbox() {
        String oauth = ", \"oauth\": {\"registration\": \"Contoso mail\"}";
        List<String> problems = problems("""
                {"format": "mailroom-workspace", "version": 1,
                 "servers": [{"ref": "s1", "host": "outlook.office365.com", "port": 993, "protocol": "IMAP", "security": "SSL_TLS"}],
                 "registrations": [{"name": "Contoso mail", "clientId": "not-a-guid", "tenant": "contoso.onmicrosoft.com",
                                    "cloud": "GLOBAL", "accountType": "SINGLE_TENANT", "grant": "PASSWORD", "protocols": ["IMAP"]}],
                 "mailboxes": [%s, %s, %s]}
                """.formatted(mailbox("sales", "s1", oauth), mailbox("support", "s1", oauth), mailbox("billing", "s1", oauth)));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("$.registrations[0]");
    }

    @Test
    void aRefusedServerAndApplicationAreNotEchoedEither() {
        List<String> problems = problems("""
                {"format": "mailroom-workspace", "version": 1,
                 "servers": [{"ref": "s1", "host": "outlook.office365.com", "port": 99999, "protocol": "IMAP", "security": "SSL_TLS"}],
                 "applications": [{"name": "", "streamEnabled": true}],
                 "mailboxes": [%s, %s]}
                """.formatted(mailbox("sales", "s1", ", \"application\": \"\""), mailbox("support", "s1", "")));

        assertThat(problems).noneMatch(p -> p.contains("no server with ref")).hasSize(2);
    }
}
