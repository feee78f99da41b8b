package org.mailroom.ui.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.ConnectionSecurity;

/** A save refused by another admin's newer change: the form keeps the edits, Compare and Reload show theirs. */
class FormConflictTest {

    private final MailServer imap = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    private final InboundMailbox stored = new InboundMailbox(7, "sales", 5, "sales@contoso.com", imap);

    @Test
    void theFormKeepsTheEditsAndReloadTakesTheirVersion() {
        MailboxEditorViewModel editor = MailboxEditorViewModel.forEdit(stored, List.of(imap), true);
        editor.loginProperty().set("mine@contoso.com");
        InboundMailbox theirs = new InboundMailbox(7, "sales", 12, "theirs@contoso.com", imap);
        boolean[] reloaded = {false};

        editor.conflicted(EditConflictException.changed("sales", theirs, new ItemVersion(3, "ana", Instant.parse("2026-11-30T10:15:00Z"))),
                () -> reloaded[0] = true);

        assertThat(editor.conflict().openProperty().get()).isTrue();
        assertThat(editor.loginProperty().get()).isEqualTo("mine@contoso.com");
        editor.conflict().compare();
        assertThat(editor.conflict().comparingProperty().get()).isTrue();
        assertThat(editor.conflict().comparisonProperty().get())
                .isEqualTo("Mailbox: yours mine@contoso.com \u00b7 theirs theirs@contoso.com\nMax size: yours 5 \u00b7 theirs 12");

        editor.conflict().reload();
        assertThat(editor.loginProperty().get()).isEqualTo("theirs@contoso.com");
        assertThat(editor.maxSizeProperty().get()).isEqualTo("12");
        assertThat(editor.conflict().openProperty().get()).isFalse();
        assertThat(reloaded[0]).isTrue();
    }

    @Test
    void aMailboxDeletedMeanwhileOffersNoReload() {
        MailboxEditorViewModel editor = MailboxEditorViewModel.forEdit(stored, List.of(imap), true);
        EditConflictException deleted = EditConflictException.deleted("sales");

        editor.conflicted(deleted, () -> { });

        assertThat(editor.conflict().openProperty().get()).isFalse();
        assertThat(deleted.getMessage()).isEqualTo("'sales' was deleted by another admin after you started editing it, so your changes were not saved.");
    }
}
