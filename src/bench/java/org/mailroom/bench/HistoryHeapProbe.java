package org.mailroom.bench;

import java.time.ZoneId;
import org.mailroom.service.HistoryRestore;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.ui.history.HistoryViewModel;
import org.mailroom.ui.mailboxes.MailboxesViewModel;

/**
 * Prints the heap in use with N mailboxes in the main view model and a history of M changes open in the History
 * window's view model: {@code heap-mb N M}.
 */
public final class HistoryHeapProbe {

    private HistoryHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (BenchWorkspace workspace = BenchWorkspace.withMailboxes(mailboxes)) {
            BenchHistory.fill(workspace, changes);
            MailboxesViewModel main = workspace.viewModel();
            main.load();
            var history = BenchHistory.history(workspace);
            HistoryViewModel window = new HistoryViewModel(history, new HistoryRestore(workspace.database, history, new WorkspaceEvents()),
                    new DirectBackground(), new ScriptedDialogs(), ZoneId.systemDefault());
            window.load();
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            long used = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("heap-mb %.1f (mailboxes loaded: %d, history: %d changes, %d rows in the window)%n", used / 1_048_576.0,
                    main.allMailboxes().size(), window.totalProperty().get(), window.rows().size());
        }
    }
}
