package org.mailroom.ui.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.service.ConnectionTester;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;

/**
 * The secrets a test needs: a password known already (read off the FX thread) or asked for, and kept like
 * one typed in the form; an app's client secret, asked for each run.
 */
final class SecretPrompts {

    private final ConnectionTester tester;
    private final Background workspace;
    private final DialogService dialogs;

    SecretPrompts(ConnectionTester tester, Background workspace, DialogService dialogs) {
        this.tester = tester;
        this.workspace = workspace;
        this.dialogs = dialogs;
    }

    /** By mailbox id, the passwords known already; reads the workspace, so off the FX thread. */
    Map<Long, char[]> knownPasswords(List<Mailbox> mailboxes) {
        Map<Long, char[]> known = new HashMap<>();
        mailboxes.forEach(mailbox -> tester.knownPassword(mailbox).ifPresent(password -> known.put(mailbox.id(), password)));
        return known;
    }

    /**
     * The password known already, or asked for now; a typed one is kept (and saved, when saving is on, which
     * {@code saves} says so the prompt tells the truth), then {@code onKept} runs.
     */
    Optional<char[]> password(Mailbox mailbox, Optional<char[]> known, boolean saves, Runnable onKept,
                              Consumer<Throwable> onFailure) {
        if (known.isPresent()) {
            return known;
        }
        Optional<char[]> typed = dialogs.askPassword(Text.get("tests.password.title", mailbox.name()),
                Text.get(saves ? "tests.password.prompt.saved" : "tests.password.prompt", mailbox.login(), mailbox.endpoint().address()));
        typed.ifPresent(password -> workspace.run(() -> {
            tester.rememberPassword(mailbox, password);
            return mailbox;
        }, kept -> onKept.run(), onFailure));
        return typed;
    }

    /** A Graph mailbox, or one of a client-credentials app, signs in with the app's client secret, not a password. */
    static boolean takesAppSecret(Mailbox mailbox, StoredRegistration app) {
        return app != null && (mailbox.kind() == MailboxKind.GRAPH || app.registration().grant() == GrantType.CLIENT_CREDENTIALS);
    }

    Optional<char[]> clientSecret(StoredRegistration app) {
        return dialogs.askPassword(Text.get("tests.oauth.secret.title", app.name()), Text.get("tests.oauth.secret.prompt"));
    }
}
