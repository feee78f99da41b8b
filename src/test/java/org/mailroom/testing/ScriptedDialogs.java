package org.mailroom.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mailroom.detect.Candidate;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.main.Screens;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.history.HandoverReviewViewModel;
import org.mailroom.ui.history.HistoryViewModel;
import org.mailroom.ui.migration.MigrationAssistantViewModel;
import org.mailroom.ui.detect.DetectServersViewModel;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** Dialogs and screens that answer as the test says and record what was shown. */
public final class ScriptedDialogs implements DialogService, Screens {

    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public boolean confirmAnswer = true;
    private Consumer<MailboxEditorViewModel> fillForm = form -> { };
    private boolean pressOk = true;
    public MailboxEditorViewModel lastEditor;

    /** Whether the last mailbox form closed (its OK saved); false while a refused save keeps it open. */
    public boolean lastEditorClosed;

    /** The next mailbox form is filled by {@code fill}, then OK is pressed if the form is valid. */
    public ScriptedDialogs fillNextForm(Consumer<MailboxEditorViewModel> fill) {
        this.fillForm = fill;
        this.pressOk = true;
        return this;
    }

    public ScriptedDialogs cancelNextForm() {
        this.fillForm = form -> { };
        this.pressOk = false;
        return this;
    }

    public final List<String> infos = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** chooseEach: the answer per row label (rows without one keep their preselection), or cancel. */
    public final Map<String, Object> answers = new HashMap<>();
    public boolean cancelChoices;
    /** The rows chooseEach showed last: "label: [option, ...]". */
    public final List<String> choiceRows = new ArrayList<>();

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public void showAbout(String text, Path logFolder) {
        infos.add(text);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<List<T>> chooseEach(String title, String question, List<Choice<T>> rows, Function<T, String> describe) {
        questions.add(question);
        choiceRows.clear();
        rows.forEach(row -> choiceRows.add(row.label() + ": " + row.options().stream().map(describe).toList()));
        if (cancelChoices) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(row -> (T) answers.getOrDefault(row.label(), row.preselected())).toList());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title) {
        return Optional.ofNullable(files.poll());
    }

    /** Answers to {@link #chooseFolder} and {@link #chooseCertificateFile}, in order; empty (cancelled) once used up. */
    public final Deque<Path> folders = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseCertificateFile(String title) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        questions.add(question);
        return confirmAnswer;
    }

    /** The answer {@link #choose} gives (by its words); null: the first, the default button. */
    public String chooseAnswer;
    public boolean cancelChoice;

    @Override
    public <T> Optional<T> choose(String title, String question, List<T> answers, Function<T, String> describe) {
        questions.add(question);
        if (cancelChoice) {
            return Optional.empty();
        }
        return answers.stream().filter(answer -> chooseAnswer == null || describe.apply(answer).equals(chooseAnswer)).findFirst();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    /** Answers to {@link #askText}, in order; empty once used up. */
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public FromAddressesViewModel lastFromAddresses;
    private Consumer<FromAddressesViewModel> fromAddressesScript = manager -> { };

    /** What the admin does in the next Manage Email Addresses window. */
    public ScriptedDialogs inFromAddresses(Consumer<FromAddressesViewModel> script) {
        this.fromAddressesScript = script;
        return this;
    }

    /** Answers to {@link #askPassword}, in order; empty (cancelled) once used up. */
    public final Deque<String> passwordAnswers = new ArrayDeque<>();

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        questions.add(title);
        return Optional.ofNullable(passwordAnswers.poll()).map(String::toCharArray);
    }

    /** Why {@link #askNewPassword} kept its dialog open, each time it did. */
    public final List<String> refusedPasswords = new ArrayList<>();

    /** Takes answers from {@link #passwordAnswers} (each typed twice) until the rule accepts one: the dialog stays open. */
    @Override
    public Optional<char[]> askNewPassword(String title, String prompt, BiFunction<char[], char[], Optional<String>> rule) {
        questions.add(title);
        for (String typed = passwordAnswers.poll(); typed != null; typed = passwordAnswers.poll()) {
            Optional<String> refused = rule.apply(typed.toCharArray(), typed.toCharArray());
            if (refused.isEmpty()) {
                return Optional.of(typed.toCharArray());
            }
            refusedPasswords.add(refused.get());
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String label) {
        return Optional.ofNullable(textAnswers.poll());
    }

    public OAuthWizard lastWizard;
    private Consumer<OAuthWizard> wizardScript = wizard -> { };
    private boolean finishWizard;

    /** What the admin does in the next OAuth wizard, and whether they press Finish. */
    public ScriptedDialogs inOAuthWizard(Consumer<OAuthWizard> script, boolean finish) {
        this.wizardScript = script;
        this.finishWizard = finish;
        return this;
    }

    public CheckViewModel lastCheck;

    @Override
    public void check(CheckViewModel check) {
        lastCheck = check;
    }

    public HistoryViewModel lastHistory;
    public HandoverReviewViewModel lastHandoverReview;
    /** What happens while the History window, the handover review or a manager window is open (before it closes): nothing unless set. */
    public Runnable whileOpen = () -> { };

    /** Loads the History window's first page, as opening it does. */
    @Override
    public void history(HistoryViewModel history) {
        lastHistory = history;
        history.load();
        whileOpen.run();
    }

    @Override
    public void handoverReview(HandoverReviewViewModel review) {
        lastHandoverReview = review;
        review.load();
        whileOpen.run();
    }

    public MigrationAssistantViewModel lastMigration;

    /** Opens the assistant as its window does: it reads the mailboxes that can move. */
    @Override
    public void migrationAssistant(MigrationAssistantViewModel assistant) {
        lastMigration = assistant;
        assistant.load(Set.of());
    }

    @Override
    public boolean oauthWizard(OAuthWizard wizard) {
        lastWizard = wizard;
        wizardScript.accept(wizard);
        if (finishWizard) {
            wizard.pages().finish(() -> { }); // what the wizard's Finish does before it closes
        }
        return finishWizard;
    }

    @Override
    public void fromAddresses(FromAddressesViewModel fromAddresses) {
        lastFromAddresses = fromAddresses;
        fromAddresses.load();
        fromAddressesScript.accept(fromAddresses);
        whileOpen.run();
    }

    @Override
    public void mailboxForm(MailboxEditorViewModel editor) {
        lastEditor = editor;
        lastEditorClosed = false;
        fillForm.accept(editor);
        if (pressOk) {
            editor.save(() -> lastEditorClosed = true);
        }
    }

    public MailServersViewModel lastMailServers;
    public ApplicationsViewModel lastApplications;

    @Override
    public void mailServers(MailServersViewModel servers) {
        lastMailServers = servers;
        servers.load();
        whileOpen.run();
    }

    @Override
    public void applications(ApplicationsViewModel applications) {
        lastApplications = applications;
        applications.load();
        whileOpen.run();
    }

    public DetectServersViewModel lastDetection;
    private Function<DetectServersViewModel, Optional<Candidate>> detectionScript = window -> Optional.empty();

    /** What the admin does in the next Detect servers window; the candidate returned is "Use this server". */
    public ScriptedDialogs inDetectServers(Function<DetectServersViewModel, Optional<Candidate>> script) {
        this.detectionScript = script;
        return this;
    }

    @Override
    public Optional<Candidate> detectServers(DetectServersViewModel detection) {
        lastDetection = detection;
        Optional<Candidate> chosen = detectionScript.apply(detection);
        detection.close();
        return chosen;
    }
}
