package org.mailroom.bench;

import org.mailroom.ui.mailboxes.MailboxesViewModel;

/** Prints the heap in use once N mailboxes are loaded into the view model: {@code heap-mb N}. */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (BenchWorkspace workspace = BenchWorkspace.withMailboxes(count)) {
            MailboxesViewModel viewModel = workspace.viewModel();
            viewModel.load();
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            long used = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("heap-mb %.1f (mailboxes loaded: %d)%n", used / 1_048_576.0, viewModel.allMailboxes().size());
        }
    }
}
