package org.mailroom.service;

import java.util.Optional;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.ItemType;
import org.mailroom.secrets.Secrets;
import org.mailroom.store.ApplicationStore;
import org.mailroom.domain.ItemVersion;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;

/**
 * Saving and deleting mailboxes: each use case in one transaction, with the mailbox's password, and the
 * screens told once it has committed. A refused save changes nothing and throws the rule it breaks.
 */
public final class MailboxService {

    private final WorkspaceDatabase database;
    private final MailboxStore mailboxes;
    private final ApplicationStore applications;
    private final SampleWorkspace samples;
    private final Secrets secrets;
    private final WorkspaceEvents events;
    private final ChangeHistory history;

    public MailboxService(WorkspaceDatabase database, MailboxStore mailboxes, ApplicationStore applications,
                          SampleWorkspace samples, Secrets secrets, WorkspaceEvents events) {
        this(database, mailboxes, applications, samples, secrets, events, ChangeHistory.ofThisUser(database, java.time.Clock.systemUTC()));
    }

    public MailboxService(WorkspaceDatabase database, MailboxStore mailboxes, ApplicationStore applications,
                          SampleWorkspace samples, Secrets secrets, WorkspaceEvents events, ChangeHistory history) {
        this.history = history;
        this.database = database;
        this.mailboxes = mailboxes;
        this.applications = applications;
        this.samples = samples;
        this.secrets = secrets;
        this.events = events;
    }

    /** Adds ({@code id} 0) or updates the mailbox and keeps the password typed with it (saved when saving is on). */
    public Mailbox save(Mailbox edited, Optional<char[]> typedPassword) {
        return save(edited, typedPassword, mailboxes.versionSeen(edited.id()));
    }

    /**
     * The version of the mailbox the table shows now: what an edit opened now starts from (memory only, safe on the
     * FX thread).
     */
    public ItemVersion editStartsFrom(long mailboxId) {
        return mailboxes.versionSeen(mailboxId);
    }

    /**
     * As {@link #save(Mailbox, Optional)}, for an edit that started from {@code startedFrom}: when another admin
     * saved the mailbox since, nothing is written and an {@link org.mailroom.domain.EditConflictException} says who
     * and when.
     */
    public Mailbox save(Mailbox edited, Optional<char[]> typedPassword, ItemVersion startedFrom) {
        ItemScopes scopes = history.scopes();
        Mailbox saved = history.change(() -> scopes.mailbox(edited.id()), stored -> scopes.mailbox(stored.id()), () -> {
            if (edited.id() == 0) {
                // the rules the form asked, asked again of the workspace as it is now (another window may have
                // added a mailbox since); the database's constraints remain the last safety net
                WorkspaceRules rules = WorkspaceRules.of(mailboxes.findAll());
                rules.checkDirection(edited.direction()).or(() -> rules.checkName(edited.name()))
                        .ifPresent(RuleViolationException::throwFor);
            }
            Mailbox stored = edited.id() == 0 ? mailboxes.add(edited) : mailboxes.update(edited, startedFrom);
            typedPassword.ifPresent(password -> secrets.remember(SecretRef.mailboxPassword(stored.id()), password));
            return stored;
        }, typedPassword.isPresent());
        events.publish(new WorkspaceEvents.MailboxSaved(saved));
        return saved;
    }

    /** Deletes a disabled mailbox and its password; an enabled one is refused with the application that enables it. */
    public void delete(Mailbox mailbox) {
        history.change(() -> history.scopes().mailbox(mailbox.id()), () -> {
            mailboxes.delete(mailbox);
            secrets.forget(SecretRef.mailboxPassword(mailbox.id()));
            return mailbox;
        });
        events.publish(new WorkspaceEvents.MailboxDeleted(mailbox.id()));
    }

    /** Assigns the mailbox to an application (null unassigns it); its state follows the application's stream. */
    public void assign(Mailbox mailbox, DigitalApplication application) {
        history.change(() -> history.scopes().mailbox(mailbox.id()), () -> {
            applications.assign(mailbox, application);
            return mailbox;
        });
        events.changed();
    }

    /** The sample mailboxes of an empty workspace, added together. */
    public void loadSamples() {
        history.change(history::everything, () -> {
            samples.load();
            return null;
        });
        events.changed();
    }

    /** The mailbox's last recorded change, for the details panel's "last changed by … on …". */
    public Optional<HistoryEntry> lastChange(long mailboxId) {
        return history.lastChange(ItemType.MAILBOX, mailboxId);
    }

    /** Whether the password of the mailbox is typed this session or saved. */
    public Secrets.State passwordState(long mailboxId) {
        return secrets.state(SecretRef.mailboxPassword(mailboxId));
    }

    public Optional<char[]> password(long mailboxId) {
        return secrets.get(SecretRef.mailboxPassword(mailboxId));
    }
}
