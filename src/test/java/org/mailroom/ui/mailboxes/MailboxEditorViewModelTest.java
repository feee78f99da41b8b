package org.mailroom.ui.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Field;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;

class MailboxEditorViewModelTest {

    private static final MailServer IMAP = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    private static final MailServer POP3 = new MailServer(2, "outlook.office365.com", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS);
    private static final MailServer SMTP = new MailServer(3, "smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS);
    private static final List<MailServer> ALL = List.of(IMAP, POP3, SMTP);

    @Test
    void theInboundFormOffersTheInboundTypesAndTheEntriesOfTheChosenOneAndStartsWithFiveMegabytes() {
        MailboxEditorViewModel form = MailboxEditorViewModel.forNew(Direction.INBOUND, ALL, name -> false);
        assertThat(form.endpoint().kinds()).containsExactly(MailboxKind.POP3, MailboxKind.IMAP, MailboxKind.EWS, MailboxKind.GRAPH);
        assertThat(form.endpoint().kindProperty().get()).isEqualTo(MailboxKind.IMAP); // the first entry's protocol
        assertThat(form.endpoint().serverChoices()).containsExactly(IMAP);
        form.endpoint().kindProperty().set(MailboxKind.POP3);
        assertThat(form.endpoint().serverChoices()).containsExactly(POP3);
        assertThat(form.endpoint().serverProperty().get()).isEqualTo(POP3);
        assertThat(form.maxSizeProperty().get()).isEqualTo("5");
        assertThat(form.isNameEditable()).isTrue();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.violationsProperty().get().keySet()).containsExactlyInAnyOrder(Field.MAILBOX_NAME, Field.LOGIN, Field.PASSWORD);
    }

    @Test
    void theOutboundFormOffersOnlySmtpAndIsNamedSmtpClient() {
        MailboxEditorViewModel form = MailboxEditorViewModel.forNew(Direction.OUTBOUND, ALL, name -> false);
        assertThat(form.endpoint().serverChoices()).containsExactly(SMTP);
        assertThat(form.nameProperty().get()).isEqualTo("smtp-client");
        assertThat(form.isNameEditable()).isFalse();

        form.fromAddressProperty().set("support@");
        assertThat(form.violation(Field.FROM_ADDRESS)).isPresent();
        form.fromAddressProperty().set("support@contoso.com");
        form.loginProperty().set("relay@contoso.com");
        form.passwordProperty().set("pw");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.result()).isEqualTo(OutboundMailbox.draft("support@contoso.com", "relay@contoso.com", SMTP));
    }

    @Test
    void okBecomesPossibleOnlyWhenEveryFieldIsValid() {
        MailboxEditorViewModel form = MailboxEditorViewModel.forNew(Direction.INBOUND, ALL, name -> name.equalsIgnoreCase("taken"));
        form.nameProperty().set("TAKEN");
        form.loginProperty().set("x");
        form.passwordProperty().set("p");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.violation(Field.MAILBOX_NAME)).get().extracting(v -> v.message()).asString().contains("already used");

        form.nameProperty().set("a".repeat(41));
        assertThat(form.violation(Field.MAILBOX_NAME)).get().extracting(v -> v.ruleText())
                .isEqualTo("at most 40 characters \u2014 this name has 41");

        form.nameProperty().set("a".repeat(40));
        form.maxSizeProperty().set("21");
        assertThat(form.violation(Field.MAX_SIZE)).isPresent();
        form.maxSizeProperty().set("20");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.result()).isEqualTo(InboundMailbox.draft("a".repeat(40), 20, "x", IMAP));
        assertThat(form.typedPassword()).get().isEqualTo("p".toCharArray());
    }

    @Test
    void editingNeverPrefillsThePasswordAndNeedsOneOnlyWhenNoneIsKnown() {
        InboundMailbox sales = new InboundMailbox(9, "sales", 7, "sales@contoso.com", POP3);

        MailboxEditorViewModel known = MailboxEditorViewModel.forEdit(sales, ALL, true);
        assertThat(known.passwordProperty().get()).isEmpty();
        assertThat(known.endpoint().serverProperty().get()).isEqualTo(POP3);
        assertThat(known.maxSizeProperty().get()).isEqualTo("7");
        assertThat(known.validProperty().get()).isTrue();
        assertThat(known.typedPassword()).isEmpty();
        assertThat(known.result()).isEqualTo(sales);

        MailboxEditorViewModel unknown = MailboxEditorViewModel.forEdit(sales, ALL, false);
        assertThat(unknown.violation(Field.PASSWORD)).isPresent();
        assertThat(unknown.passwordPrompt()).isEqualTo("type the password");
    }

    @Test
    void titleNamesWhatIsEdited() {
        InboundMailbox sales = new InboundMailbox(9, "sales", 7, "sales@contoso.com", POP3);
        assertThat(MailboxEditorViewModel.forEdit(sales, ALL, true).title()).isEqualTo("Edit inbound mailbox sales");
        assertThat(MailboxEditorViewModel.forNew(Direction.OUTBOUND, ALL, n -> false).title()).isEqualTo("Add outbound mailbox");
    }

    @Test
    void theProblemsAreListedInTheFormsFieldOrder() {
        MailboxEditorViewModel form = MailboxEditorViewModel.forNew(Direction.INBOUND, ALL, name -> false);
        for (int i = 0; i < 20; i++) { // an unordered map would shuffle them now and then
            form.nameProperty().set("bad name " + i);
            form.maxSizeProperty().set("99");
            form.loginProperty().set("has space");
            assertThat(List.copyOf(form.violationsProperty().get().keySet()))
                    .containsSubsequence(Field.MAILBOX_NAME, Field.MAX_SIZE, Field.LOGIN, Field.PASSWORD);
        }
    }
}
