package org.mailroom.ui.tests;

import java.util.Optional;
import java.util.function.Consumer;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.CertificateInfo;
import org.mailroom.mail.ProbeResult;
import org.mailroom.service.ConnectionTester;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;

/** An untrusted certificate is never accepted silently: show it, and pin it for the server only if the admin says so. */
final class CertificateTrust {

    private final ConnectionTester tester;
    private final Background workspace;
    private final DialogService dialogs;

    CertificateTrust(ConnectionTester tester, Background workspace, DialogService dialogs) {
        this.tester = tester;
        this.workspace = workspace;
        this.dialogs = dialogs;
    }

    /** Asks about the certificate the result offers to trust, if any; pinned, the mailbox is tested again. */
    void offer(Mailbox mailbox, ProbeResult result, Consumer<Mailbox> testAgain, Consumer<Throwable> onFailure) {
        // a pin belongs to a mail server entry: Graph and EWS servers have none, their certificates the system trusts
        Optional<MailServer> entry = mailbox.mailServer();
        result.certificateToTrust().filter(fingerprint -> entry.isPresent()).ifPresent(fingerprint -> {
            CertificateInfo certificate = result.tls().certificate();
            MailServer server = entry.get();
            String question = Text.get("tests.trust.question", server.address(), certificate.subject(),
                    certificate.issuer(), certificate.notBefore(), certificate.notAfter(), fingerprint);
            if (dialogs.confirm(Text.get("tests.trust.title"), question, Text.get("tests.trust.confirm"))) {
                workspace.run(() -> {
                    tester.pin(server, fingerprint);
                    return mailbox;
                }, testAgain, onFailure);
            }
        });
    }
}
