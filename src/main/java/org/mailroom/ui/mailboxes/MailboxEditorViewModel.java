package org.mailroom.ui.mailboxes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.mailroom.domain.Direction;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.Field;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Violation;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.text.Text;
import org.mailroom.ui.common.DetectFromAddress;
import org.mailroom.ui.common.DetectedServer;

/**
 * The inbound and outbound mailbox forms of the spec. Every keystroke re-checks the fields, so the
 * form can decorate each wrong field and keep OK disabled until all are right.
 */
public final class MailboxEditorViewModel {

    private final Direction direction;
    private final Mailbox original;
    private final boolean passwordRequired;
    private final Predicate<String> nameTaken;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty maxSize = new SimpleStringProperty(String.valueOf(MailboxRules.DEFAULT_SIZE_MB));
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty fromAddress = new SimpleStringProperty("");
    private final EndpointFields endpoint;
    private final ServerField server;
    private final FromAddressChoices fromChoices = new FromAddressChoices();
    private final ReadOnlyObjectWrapper<Map<Field, Violation>> violations = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanBinding valid;
    private final FormSave ok = new FormSave();
    private final FormConflict conflict = new FormConflict();

    private MailboxEditorViewModel(Direction direction, MailboxKind kind, Mailbox original, Collection<MailServer> servers,
                                   boolean passwordRequired, Predicate<String> nameTaken) {
        this.direction = direction;
        this.original = original;
        this.passwordRequired = passwordRequired;
        this.nameTaken = nameTaken;
        this.endpoint = new EndpointFields(direction, servers);
        this.server = endpoint.server();
        name.set(direction == Direction.OUTBOUND ? OutboundMailbox.NAME : "");
        if (original != null) {
            fillFrom(original);
        } else {
            endpoint.start(kind);
        }
        List<Observable> fields = new ArrayList<>(List.of(name, maxSize, login, password, fromAddress));
        fields.addAll(endpoint.observables());
        for (Observable field : fields) {
            field.addListener(changed -> {
                ok.refusal().set("");
                revalidate();
            });
        }
        revalidate();
        valid = Bindings.createBooleanBinding(() -> violations.get().isEmpty(), violations);
    }

    /** A form for a new mailbox; {@code nameTaken} tells whether a name is already used. */
    public static MailboxEditorViewModel forNew(Direction direction, Collection<MailServer> servers,
                                                Predicate<String> nameTaken) {
        return forNew(direction, null, servers, nameTaken);
    }

    /** A form for a new mailbox of {@code kind}; null: on a mail server entry, of the first entry's protocol. */
    public static MailboxEditorViewModel forNew(Direction direction, MailboxKind kind, Collection<MailServer> servers,
                                                Predicate<String> nameTaken) {
        return new MailboxEditorViewModel(direction, kind, null, servers, true, nameTaken);
    }

    /** A form for an existing mailbox; the password field starts empty, as the spec requires. */
    public static MailboxEditorViewModel forEdit(Mailbox mailbox, Collection<MailServer> servers, boolean passwordKnown) {
        return new MailboxEditorViewModel(mailbox.direction(), null, mailbox, servers, !passwordKnown, candidate -> false);
    }

    /**
     * Offers the chosen Business Attribute's values in the From Address drop-down; {@code manager}
     * opens Manage Email Addresses and keeps the given list in step with it while it is open.
     */
    public MailboxEditorViewModel withFromAddresses(List<FromAddress> values, Consumer<ObservableList<FromAddress>> manager) {
        fromChoices.offer(values, manager);
        return this;
    }

    /** Manage Email Addresses from the drop-down: back in the form, the From Address is {@code current} or the one added. */
    public void manageFromAddresses(String current) {
        fromAddress.set(fromChoices.manage(current));
    }

    /** How OK saves the form. */
    MailboxEditorViewModel withSaver(FormSave.Saver saver) {
        ok.use(saver);
        return this;
    }

    /** OK: saves; {@code close} runs only once saved. A refused save keeps the form, the reason in {@link #refusalProperty()}. */
    public void save(Runnable close) {
        if (valid.get()) {
            ok.save(result(), typedPassword(), close);
        }
    }

    public StringProperty refusalProperty() {
        return ok.refusal();
    }

    /** Another admin saved first: the form offers Reload (their version, then {@code reloaded}) and Compare. */
    void conflicted(EditConflictException refused, Runnable reloaded) {
        conflict.show(refused, result(), theirs -> {
            fillFrom(theirs);
            reloaded.run();
        });
    }

    public FormConflict conflict() {
        return conflict;
    }

    public BooleanProperty savingProperty() {
        return ok.saving();
    }

    /** Offers "Detect from address" beside Host/Port/Type. */
    public MailboxEditorViewModel withServerDetection(DetectFromAddress detection) {
        server.offerDetection(detection);
        return this;
    }

    public boolean canDetectServers() {
        return server.canDetect();
    }

    /** "Detect from address" for this form's direction, from the login (or From Address); its choice is used here. */
    public void detectServers() {
        server.detect(isInbound() ? DetectFromAddress.addressAmong(login.get())
                : DetectFromAddress.addressAmong(fromAddress.get(), login.get()), this::useDetected);
    }

    /** Selects a detected server and fills in the login its source's template gives; its sign-in note stays shown. */
    public void useDetected(DetectedServer detected) {
        if (server.useDetected(detected) && detected.signIn().knowsLogin()) {
            login.set(detected.signIn().login());
        }
    }

    /** The From Address drop-down's values and the display names agents see for them. */
    public FromAddressChoices fromChoices() {
        return fromChoices;
    }

    private void fillFrom(Mailbox mailbox) {
        name.set(mailbox.name());
        login.set(mailbox.login());
        endpoint.fill(mailbox.endpoint());
        if (mailbox instanceof InboundMailbox inbound) {
            maxSize.set(String.valueOf(inbound.maxSizeMb()));
        } else if (mailbox instanceof OutboundMailbox outbound) {
            fromAddress.set(outbound.fromAddress());
        }
    }

    private void revalidate() {
        Map<Field, Violation> found = new EnumMap<>(Field.class);
        if (isNameEditable()) {
            MailboxRules.checkName(name.get())
                    .or(() -> nameTaken.test(name.get()) ? Optional.of(WorkspaceRules.duplicateName(name.get())) : Optional.empty())
                    .ifPresent(v -> found.put(Field.MAILBOX_NAME, v));
        }
        if (isInbound()) {
            MailboxRules.checkMaxSize(maxSize.get()).ifPresent(v -> found.put(Field.MAX_SIZE, v));
        } else {
            MailboxRules.checkFromAddress(fromAddress.get()).ifPresent(v -> found.put(Field.FROM_ADDRESS, v));
        }
        MailboxRules.checkLogin(login.get(), endpoint.kindProperty().get()).ifPresent(v -> found.put(Field.LOGIN, v));
        if (hasPassword()) {
            MailboxRules.checkPassword(password.get(), passwordRequired).ifPresent(v -> found.put(Field.PASSWORD, v));
        }
        endpoint.check(found);
        violations.set(Collections.unmodifiableMap(found)); // an EnumMap: the problems are listed in the form's field order
    }

    /** The mailbox as the form describes it; call only when {@link #validProperty()} is true. */
    public Mailbox result() {
        Endpoint chosen = endpoint.result();
        if (!isInbound()) {
            return new OutboundMailbox(idOrZero(), fromAddress.get(), login.get().strip(), chosen);
        }
        int size = Integer.parseInt(maxSize.get().strip());
        return new InboundMailbox(idOrZero(), name.get(), size, login.get().strip(), chosen);
    }

    /** The password typed in the form, if one was typed (a Graph mailbox has none: the app's client secret signs in). */
    public Optional<char[]> typedPassword() {
        String typed = hasPassword() ? password.get() : null;
        return typed == null || typed.isEmpty() ? Optional.empty() : Optional.of(typed.toCharArray());
    }

    private long idOrZero() {
        return original == null ? 0 : original.id();
    }

    public String title() {
        String key = (isNew() ? "editor.title.add." : "editor.title.edit.") + direction.name().toLowerCase();
        return Text.get(key, name.get());
    }

    public boolean isNew() {
        return original == null;
    }

    public boolean isInbound() {
        return direction == Direction.INBOUND;
    }

    /** Only a new inbound mailbox gets to choose its name; the outbound one is always smtp-client. */
    public boolean isNameEditable() {
        return isNew() && isInbound();
    }

    /** Whether the chosen type signs in with the mailbox's own password (all but Graph). */
    public boolean hasPassword() {
        MailboxKind kind = endpoint.kindProperty().get();
        return kind == null || kind.hasPassword();
    }

    /** The Type and, for it, where the mailbox connects. */
    public EndpointFields endpoint() {
        return endpoint;
    }

    public String passwordPrompt() {
        return Text.get(passwordRequired ? "editor.password.required" : "editor.password.keep");
    }

    public Optional<Violation> violation(Field field) {
        return Optional.ofNullable(violations.get().get(field));
    }

    public ReadOnlyObjectProperty<Map<Field, Violation>> violationsProperty() {
        return violations.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty maxSizeProperty() {
        return maxSize;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty fromAddressProperty() {
        return fromAddress;
    }
}
