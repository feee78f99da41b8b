package org.mailroom;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app in a process of its own, for {@link KeyringAppExitTest}: {@link Launcher#main} as installed, and a
 * watcher that closes the main window as soon as the status line says the saved passwords are open (the
 * vault key came from the OS credential store, no passphrase asked). Prints "opened" and "closing".
 */
public final class KeyringAppProcess {

    private static final String OPEN = "Passwords: saved, open";

    private KeyringAppProcess() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(KeyringAppProcess::closeOnceOpen, "test-window-closer");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(args);
    }

    private static void closeOnceOpen() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(50);
                CompletableFuture<String> shown = new CompletableFuture<>();
                try {
                    Platform.runLater(() -> shown.complete(passwordsState()));
                } catch (IllegalStateException toolkitNotUpYet) {
                    continue;
                }
                if (OPEN.equals(shown.get(10, TimeUnit.SECONDS))) {
                    System.out.println("opened");
                    Platform.runLater(() -> Window.getWindows().stream().filter(Stage.class::isInstance).findFirst().ifPresent(stage -> {
                        System.out.println("closing");
                        ((Stage) stage).close(); // as the admin closing the window: the last one, so the app stops
                    }));
                    return;
                }
            }
            System.out.println("never opened");
        } catch (Exception e) {
            e.printStackTrace(System.out);
        }
    }

    private static String passwordsState() {
        return Window.getWindows().stream().map(Window::getScene).filter(Objects::nonNull)
                .map(scene -> scene.lookup("#passwordsLabel")).filter(Labeled.class::isInstance)
                .map(label -> ((Labeled) label).getText()).findFirst().orElse("");
    }
}
