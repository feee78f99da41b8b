package org.mailroom.ui.oauth;

import java.time.Clock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.ManifestChecker;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationCheck;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.service.OAuthRegistrations;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.Failures;

/**
 * The OAuth 2.0 wizard's state: the mailboxes and protocols, the Azure app registration's values, the
 * test mailbox. Each page's validity is a binding the Next button follows. Texts the pages show
 * (permissions, manifest, PowerShell, checklist, migration request) come from {@link OAuthTexts}.
 */
public final class OAuthWizardViewModel {

    static final int PAGES = 6;

    /** A mailbox of the workspace, chosen or not for OAuth. */
    public record Choice(Mailbox mailbox, BooleanProperty chosen) {
    }

    private final OAuthRegistrations store;
    private final Background background;
    private final ObservableList<Choice> mailboxes = FXCollections.observableArrayList();
    private final Map<OAuthProtocol, BooleanProperty> protocols = new EnumMap<>(OAuthProtocol.class);
    private final ObjectProperty<GrantType> grant = new SimpleObjectProperty<>(GrantType.PASSWORD);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty tenant = new SimpleStringProperty("");
    private final ObjectProperty<Cloud> cloud = new SimpleObjectProperty<>(Cloud.GLOBAL);
    private final ObjectProperty<AccountType> accountType = new SimpleObjectProperty<>(AccountType.SINGLE_TENANT);
    private final StringProperty enterpriseObjectId = new SimpleStringProperty("");
    private final StringProperty servicePrincipalId = new SimpleStringProperty("");
    private final BooleanProperty accessPolicies = new SimpleBooleanProperty();
    private final StringProperty accessPolicyGroup = new SimpleStringProperty("");
    private final StringProperty pastedManifest = new SimpleStringProperty("");
    private final ObjectProperty<Mailbox> testMailbox = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<RegistrationCheck> registrationCheck = new SimpleObjectProperty<>();
    private final List<BooleanBinding> pageValid;
    private final StringBinding scopeProblem;
    private final StringProperty manifestFindings = new SimpleStringProperty("");
    private final WizardChecklist checklist = new WizardChecklist();
    private final OAuthTexts texts = new OAuthTexts(this);
    private final Clock clock;
    private Map<Long, ItemVersion> startedFrom; // the registrations' versions Finish starts from (null: as last read)
    private final Consumer<Throwable> fail = failure -> message.set(Failures.describe(failure));

    /** @param clock today, for the notes that name a date (EWS retirement, SMTP AUTH) */
    public OAuthWizardViewModel(OAuthRegistrations store, Background background, List<Mailbox> workspaceMailboxes, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.background = background;
        for (OAuthProtocol protocol : OAuthProtocol.values()) {
            protocols.put(protocol, new SimpleBooleanProperty(protocol == OAuthProtocol.IMAP));
        }
        workspaceMailboxes.forEach(m -> mailboxes.add(new Choice(m, new SimpleBooleanProperty())));
        mailboxes.forEach(c -> c.chosen().addListener((o, was, now) -> KindProtocols.follow(c.mailbox(), now, protocols, grant)));
        Stream.concat(Stream.<Observable>of(grant, name, clientId, tenant, cloud, accountType), protocols.values().stream())
                .forEach(field -> field.addListener(changed -> registrationCheck.set(RegistrationRules.check(registration()))));
        registrationCheck.set(RegistrationRules.check(registration()));
        Observable[] choices = mailboxes.stream().map(Choice::chosen).toArray(Observable[]::new);
        scopeProblem = Bindings.createStringBinding(texts::scopeProblem,
                concat(concat(concat(choices, protocolsArray()), grant), testMailbox));
        BooleanBinding scopeChosen = Bindings.createBooleanBinding(() -> scopeProblem.get().isEmpty(), scopeProblem);
        BooleanBinding registered = Bindings.createBooleanBinding(() -> registrationCheck.get().errors().isEmpty(), registrationCheck);
        BooleanBinding always = Bindings.createBooleanBinding(() -> true);
        BooleanBinding testChosen = Bindings.createBooleanBinding(() -> testMailbox.get() != null
                && chosenMailboxes().contains(testMailbox.get()), concat(choices, testMailbox));
        pageValid = List.of(scopeChosen, registered, always, always, always, testChosen);
        Stream.of(choices, protocolsArray(), new Observable[] {grant, name, clientId, servicePrincipalId}).flatMap(Arrays::stream)
                .forEach(field -> field.addListener(changed -> checklist.refresh(chosenMailboxes(), registration(), servicePrincipalId.get())));
    }

    /** Resumes a saved draft, if any, and notes the registrations' versions Finish starts from; then runs {@code then}. */
    public void load(Runnable then) {
        background.run(store::open, opened -> {
            startedFrom = opened.versions();
            opened.draft().flatMap(WizardDraft::fromJson).ifPresent(draft -> draft.resumeIn(this));
            then.run();
        }, fail);
    }

    /** Opened from a mailbox: make sure it is among the chosen ones. */
    public void choose(Mailbox mailbox) {
        mailboxes.stream().filter(c -> c.mailbox().id() == mailbox.id()).forEach(c -> c.chosen().set(true));
    }

    /** Saves where the admin is; called on every page change. */
    public void saveDraft() {
        String json = WizardDraft.of(this).toJson();
        background.run(() -> {
            store.saveDraft(json);
            return json;
        }, ok -> { }, fail);
    }

    /** Checks the pasted manifest; the findings stay with the draft (checked again when it resumes). */
    public void checkManifest() {
        manifestFindings.set(texts.checkManifest(pastedManifest.get()));
    }

    /** Keeps the ids the last check found where others were documented as this registration's ("Confirm the ids found"). */
    public void confirmManifestIds() {
        checklist.confirm(texts.unconfirmedIds(pastedManifest.get()));
        checkManifest();
    }

    /** Stores the registration and signs the chosen mailboxes in through it; forgets the draft. */
    public void finish(Runnable done) {
        AzureAppRegistration registration = registration();
        List<Mailbox> chosen = chosenMailboxes();
        Mailbox test = testMailbox.get();
        String pasted = pastedManifest.get();
        Optional<RegistrationNotes> notes = checklist.notes(message::set); // a wrong date is said; the wizard stays open
        if (notes.isEmpty()) {
            return;
        }
        Map<Long, ItemVersion> from = startedFrom;
        background.run(() -> store.register(registration, chosen, test, Optional.of(pasted), notes.get(), from), saved -> {
            boolean kept = pasted.isBlank() || ManifestChecker.readable(pasted); // the service keeps no refused text
            message.set(Text.get(kept ? "wizard.finished" : "wizard.finishedManifestNotKept", saved.name(), chosen.size()));
            done.run();
        }, fail);
    }

    /** Saves the migration request in one of its forms to a file (temp file, then moved into place). */
    public void saveMigration(OAuthTexts.Format format, Path target) {
        String content = texts.migration(format);
        background.run(() -> {
            store.saveMigrationRequest(target, content);
            return target;
        }, saved -> message.set(Text.get("files.written", saved)), fail);
    }

    /** Why Next is disabled on the first page; empty when it isn't. */
    public StringBinding scopeProblemProperty() {
        return scopeProblem;
    }

    AzureAppRegistration registration() {
        return new AzureAppRegistration(name.get(), clientId.get(), tenant.get(), cloud.get(), accountType.get(),
                grant.get(), chosenProtocols());
    }

    public Set<OAuthProtocol> chosenProtocols() {
        return protocols.entrySet().stream().filter(on -> on.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OAuthProtocol.class)));
    }

    public List<Mailbox> chosenMailboxes() {
        return mailboxes.stream().filter(c -> c.chosen().get()).map(Choice::mailbox).toList();
    }

    private Observable[] protocolsArray() {
        return protocols.values().toArray(Observable[]::new);
    }

    private static Observable[] concat(Observable[] first, Observable... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(Observable[]::new);
    }

    public BooleanBinding pageValid(int index) {
        return pageValid.get(index);
    }

    public OAuthTexts texts() {
        return texts;
    }

    public ObservableList<Choice> mailboxes() {
        return mailboxes;
    }

    public BooleanProperty protocol(OAuthProtocol protocol) {
        return protocols.get(protocol);
    }

    public ObjectProperty<GrantType> grantProperty() {
        return grant;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    public ObjectProperty<Cloud> cloudProperty() {
        return cloud;
    }

    public ObjectProperty<AccountType> accountTypeProperty() {
        return accountType;
    }

    public StringProperty enterpriseObjectIdProperty() {
        return enterpriseObjectId;
    }

    public StringProperty servicePrincipalIdProperty() {
        return servicePrincipalId;
    }

    /** Whether the tenant still limits apps with Application Access Policies (legacy): the PowerShell then writes one. */
    public BooleanProperty accessPoliciesProperty() {
        return accessPolicies;
    }

    /** The mail-enabled security group such a policy restricts the app to. */
    public StringProperty accessPolicyGroupProperty() {
        return accessPolicyGroup;
    }

    /** Whether the app reads or sends through Graph or EWS app-only, the only access Application Access Policies cover. */
    public BooleanBinding webApisAppOnly() {
        return Bindings.createBooleanBinding(() -> grant.get() == GrantType.CLIENT_CREDENTIALS
                && (protocols.get(OAuthProtocol.GRAPH).get() || protocols.get(OAuthProtocol.EWS).get()),
                grant, protocols.get(OAuthProtocol.GRAPH), protocols.get(OAuthProtocol.EWS));
    }

    /** The app's current manifest as pasted on the Permissions page; kept for the configuration check. */
    public StringProperty pastedManifestProperty() {
        return pastedManifest;
    }

    /** What the last check of the pasted manifest found; empty before a check. */
    public StringProperty manifestFindingsProperty() {
        return manifestFindings;
    }

    /** The checklist to tick on the settings page, with the secret's expiry and the confirmed ids. */
    public WizardChecklist checklist() {
        return checklist;
    }

    public ObjectProperty<Mailbox> testMailboxProperty() {
        return testMailbox;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<RegistrationCheck> registrationCheckProperty() {
        return registrationCheck;
    }

    public StringProperty messageProperty() {
        return message;
    }

    Clock clock() {
        return clock;
    }
}
