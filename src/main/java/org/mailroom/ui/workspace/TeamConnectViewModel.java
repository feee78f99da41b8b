package org.mailroom.ui.workspace;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailroom.domain.TeamWorkspaceRules;
import org.mailroom.service.WorkspacePlaces;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;

/**
 * Workspace ▸ Connect to a team workspace…: host, port, database, user, password and the team's CA file (TLS with the
 * server's certificate verified is always on), and "Remember the password" in this computer's credential store.
 * Connect runs in the background and can be cancelled; every refusal is one sentence in the dialog, which keeps what
 * was typed. The current workspace stays until the team one is open.
 */
public final class TeamConnectViewModel {

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canRemember = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper rememberNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper filledIn = new ReadOnlyBooleanWrapper(false);
    private final StringBinding problem;
    private final BooleanBinding valid;

    private static final int DEFAULT_PORT = 5432;

    private final WorkspacePlaces places;
    private final WorkspacesViewModel.Switcher switcher;
    private final Background background;
    private final DialogService dialogs;
    private Background.Run run;

    TeamConnectViewModel(WorkspacePlaces places, WorkspacesViewModel.Switcher switcher, Background background, DialogService dialogs) {
        this.places = places;
        this.switcher = switcher;
        this.background = background;
        this.dialogs = dialogs;
        this.problem = Bindings.createStringBinding(() -> TeamWorkspaceRules.problem(host.get(), port.get(), database.get(), user.get(),
                !password.get().isEmpty()).orElse(""), host, port, database, user, password);
        this.valid = problem.isEmpty();
        host.addListener(changed -> failure.set(""));
        password.addListener(changed -> failure.set(""));
    }

    /** Fills the fields from a team reference (Open recent), or from the team workspace opened last; asks the credential store. */
    void load(String reference) {
        background.run(() -> new Start(places.teamFields(reference), places.canRememberPasswords(),
                reference != null && places.isPasswordRemembered(reference)), start -> {
            start.fields().ifPresent(fields -> {
                host.set(fields.host());
                port.set(String.valueOf(fields.port()));
                database.set(fields.database());
                user.set(fields.user());
                caFile.set(fields.caFile() == null ? "" : fields.caFile().toString());
                filledIn.set(true);
            });
            canRemember.set(start.canRemember());
            remember.set(start.canRemember() && start.remembered());
            rememberNote.set(start.canRemember() ? "" : Text.get("team.connect.noKeyring"));
        }, failed -> rememberNote.set(Text.get("team.connect.noKeyring")));
    }

    private record Start(Optional<WorkspacePlaces.TeamFields> fields, boolean canRemember, boolean remembered) {
    }

    /** The team's CA certificate file, chosen in a file dialog. */
    public void chooseCaFile() {
        dialogs.chooseCertificateFile(Text.get("team.connect.chooseCa")).ifPresent(chosen -> caFile.set(chosen.toString()));
    }

    /**
     * Connects in the background: the workspace opens, is checked, read and shown in the window; then {@code close}
     * closes the dialog. Refused: the sentence under the fields, everything typed kept.
     */
    public void connect(Runnable close) {
        if (!valid.get() || connecting.get()) {
            return;
        }
        String reference;
        try {
            String ca = caFile.get().strip();
            reference = places.teamReference(host.get().strip(), TeamWorkspaceRules.port(port.get()), database.get().strip(),
                    user.get().strip(), ca.isEmpty() ? null : Path.of(ca).toAbsolutePath());
        } catch (java.nio.file.InvalidPathException notAPath) {
            failure.set(Text.get("team.connect.caUnreadable", caFile.get()));
            return;
        } catch (IllegalArgumentException refused) {
            failure.set(refused.getMessage());
            return;
        }
        failure.set("");
        connecting.set(true);
        char[] typed = password.get().toCharArray();
        boolean keep = remember.get();
        run = switcher.switchTo(reference, typed, false, () -> {
            connecting.set(false);
            background.run(() -> {
                places.keepPassword(reference, typed, keep);
                return true;
            }, kept -> { }, notKept -> dialogs.showError(Text.get("team.connect.title"),
                    Text.get("team.connect.notRemembered", notKept.getMessage())));
            close.run();
        }, refused -> {
            connecting.set(false);
            failure.set(refused);
        });
    }

    /** Stops connecting; nothing changes, the dialog keeps what was typed. */
    public void cancel() {
        if (run != null && connecting.get()) {
            run.cancel();
            connecting.set(false);
            failure.set(Text.get("team.connect.cancelled"));
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyBooleanProperty canRememberProperty() {
        return canRemember.getReadOnlyProperty();
    }

    /** Why the password can't be remembered here (no credential store), or empty. */
    public ReadOnlyStringProperty rememberNoteProperty() {
        return rememberNote.getReadOnlyProperty();
    }

    /** The first field that is missing or wrong, as its rule; empty once Connect may be pressed. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Why the last Connect was refused (or that it was cancelled); empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** True once the fields were filled in from the team workspace opened last: only the password is left to type. */
    public ReadOnlyBooleanProperty filledInProperty() {
        return filledIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** What the dialog says while it connects: the server it waits for. */
    public String connectingText() {
        return Text.get("team.connect.connecting", host.get().strip() + ":" + port.get().strip());
    }
}
