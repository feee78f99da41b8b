package org.mailroom.ui.mailboxes;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailroom.domain.Mailbox;
import org.mailroom.ui.common.Failures;

/** The form's OK: one save at a time; the form closes only when it succeeded, and says why when refused. */
final class FormSave {

    /** Saves what the form describes, off the FX thread; exactly one of the two callbacks runs, on the FX thread. */
    @FunctionalInterface
    interface Saver {
        void save(Mailbox mailbox, Optional<char[]> typedPassword, Consumer<Mailbox> onSaved, Consumer<Throwable> onRefused);
    }

    /** Why the last OK was refused (the workspace said no); cleared by the next edit. */
    private final StringProperty refusal = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private Saver saver = (mailbox, password, onSaved, onRefused) -> onSaved.accept(mailbox);

    void use(Saver how) {
        saver = how;
    }

    void save(Mailbox mailbox, Optional<char[]> typedPassword, Runnable close) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        saver.save(mailbox, typedPassword, saved -> {
            saving.set(false);
            close.run();
        }, refused -> {
            saving.set(false);
            refusal.set(Failures.describe(refused));
        });
    }

    StringProperty refusal() {
        return refusal;
    }

    BooleanProperty saving() {
        return saving;
    }
}
