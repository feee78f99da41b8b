package org.mailroom.ui.migration;

import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.service.GraphMigration;
import org.mailroom.service.MigrationPlan;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * The migration assistant: tick mailboxes on Exchange Online (or those the check flags), choose the client-credentials
 * app, read what changes, Apply — all of them move to Microsoft Graph in one transaction, or none — and take the
 * updated migration request for Genesys Customer Care. Also the guidance for basic SMTP AUTH on Exchange Online.
 */
public final class MigrationAssistantViewModel {

    /** One mailbox that can move; {@code flagged} when the configuration check reports it. */
    public record Row(Mailbox mailbox, boolean flagged, BooleanProperty chosen) {
    }

    private final GraphMigration service;
    private final Background workspace;
    private final DialogService dialogs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<StoredRegistration> apps = FXCollections.observableArrayList();
    private final ObjectProperty<StoredRegistration> app = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty("");
    private final BooleanProperty canApply = new SimpleBooleanProperty();
    private final StringProperty request = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    /** The plan the preview shows, so Apply never applies something the admin has not seen. */
    private MigrationPlan shown;

    public MigrationAssistantViewModel(GraphMigration service, Background workspace, DialogService dialogs) {
        this.service = service;
        this.workspace = workspace;
        this.dialogs = dialogs;
        app.addListener(changed -> refreshPreview());
    }

    /** Reads the mailboxes that can move and the apps; ticks {@code preselected} (ids) when given. */
    public void load(Set<Long> preselected) {
        workspace.run(service::choices, choices -> {
            rows.setAll(choices.movable().stream().map(m -> row(m, choices.flagged().contains(m.id()),
                    preselected.contains(m.id()))).toList());
            StoredRegistration kept = app.get();
            apps.setAll(choices.apps());
            app.set(apps.stream().filter(a -> kept != null && a.id() == kept.id()).findFirst()
                    .orElse(apps.isEmpty() ? null : apps.get(0)));
            refreshPreview();
        }, this::fail);
    }

    private Row row(Mailbox mailbox, boolean flagged, boolean chosen) {
        Row row = new Row(mailbox, flagged, new SimpleBooleanProperty(chosen));
        row.chosen().addListener((Observable changed) -> refreshPreview());
        return row;
    }

    /** Ticks exactly the mailboxes the configuration check flags (EWS on Exchange Online, basic SMTP AUTH...). */
    public void selectFlagged() {
        rows.forEach(row -> row.chosen().set(row.flagged()));
    }

    public void selectNone() {
        rows.forEach(row -> row.chosen().set(false));
    }

    private List<Long> chosenIds() {
        return rows.stream().filter(row -> row.chosen().get()).map(row -> row.mailbox().id()).toList();
    }

    private void refreshPreview() {
        List<Long> ids = chosenIds();
        StoredRegistration chosenApp = app.get();
        canApply.set(false);
        if (ids.isEmpty() || chosenApp == null) {
            shown = null;
            preview.set(Text.get(chosenApp == null ? "migration.noApps" : "migration.nothingChosen"));
            return;
        }
        workspace.run(() -> service.preview(ids, chosenApp.id()), plan -> {
            shown = plan;
            preview.set(PlanText.describe(plan));
            canApply.set(plan.canApply());
        }, this::fail);
    }

    /**
     * Moves the mailboxes of the plan shown; a refusal (a blocker that arose meanwhile) is said in words and
     * changes nothing. Afterwards the request shows what Customer Care needs now.
     */
    public void apply() {
        MigrationPlan plan = shown;
        if (plan == null || !plan.canApply()) {
            return;
        }
        List<Long> ids = plan.changes().stream().map(change -> change.before().id()).toList();
        long registrationId = plan.registration().id();
        canApply.set(false);
        workspace.run(() -> service.apply(ids, registrationId), moved -> {
            request.set(moved.request().asText());
            status.set(Text.get("migration.applied", ids.size()));
            load(Set.of());
        }, failure -> {
            if (failure instanceof RuleViolationException refused) {
                status.set(refused.getMessage());
                load(Set.copyOf(ids));
            } else {
                fail(failure);
            }
        });
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    public String smtpGuidance() {
        return Text.get("migration.smtp.guidance");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<StoredRegistration> apps() {
        return apps;
    }

    public ObjectProperty<StoredRegistration> appProperty() {
        return app;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public BooleanProperty canApplyProperty() {
        return canApply;
    }

    /** The migration request after the last Apply, as text to paste into the support case. */
    public StringProperty requestProperty() {
        return request;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
