package org.mailroom.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The generic dialogs a view model may open (confirm, error, ask, choose a file, choose each), so view
 * models can be tested with a scripted implementation and no windows. Screens open themselves: each
 * feature has its own opener.
 */
public interface DialogService {

    /** Asks a yes/no question; {@code confirmLabel} names the action ("Delete"). */
    boolean confirm(String title, String question, String confirmLabel);

    void showError(String title, String message);

    /**
     * Asks a question with several answers and Cancel; the first answer is the default button, so list
     * the safe one first. Empty when cancelled.
     */
    <T> Optional<T> choose(String title, String question, List<T> answers, Function<T, String> describe);

    void showInfo(String title, String message);

    /** About Mailroom: version and folders, with a button that opens the log folder. */
    void showAbout(String text, Path logFolder);

    /** A row of {@link #chooseEach}: what is decided, the answers it allows, and the one it starts with. */
    record Choice<T>(String label, List<T> options, T preselected) {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /**
     * One answer per row, each from the row's own options (named by {@code describe}), with a control
     * that answers every row at once; the answers in row order, or empty when cancelled.
     */
    <T> Optional<List<T>> chooseEach(String title, String question, List<Choice<T>> rows, Function<T, String> describe);

    /** Where to save a file; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);

    /** Which file to open; empty when cancelled. */
    Optional<Path> chooseOpenFile(String title);

    /** Which folder: an existing one, or one made in the dialog; empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** Which certificate file (PEM or DER: .pem, .crt, .cer); empty when cancelled. */
    Optional<Path> chooseCertificateFile(String title);

    /** Asks for a password, typed in a masked field; empty when cancelled. */
    Optional<char[]> askPassword(String title, String prompt);

    /**
     * Asks for a new password or passphrase, typed twice in masked fields. OK asks {@code rule} (given what was
     * typed and its repetition); while it gives a reason, the dialog stays open and shows it. Empty when cancelled.
     */
    Optional<char[]> askNewPassword(String title, String prompt, BiFunction<char[], char[], Optional<String>> rule);

    /** Asks for one line of text, e.g. a new folder's name; empty when cancelled. */
    Optional<String> askText(String title, String label);
}
