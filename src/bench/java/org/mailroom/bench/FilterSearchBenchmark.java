package org.mailroom.bench;

import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.collections.transformation.SortedList;
import org.mailroom.ui.mailboxes.MailboxFilter;
import org.mailroom.ui.mailboxes.MailboxItem;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One keystroke in the search field: the view model re-filters, and the sorted list the table shows
 * (sorted by name, as the table starts) follows. The keystrokes type "sales.emea" and erase it again,
 * with the Inbound filter on, so every call is a real change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FilterSearchBenchmark {

    private static final String WORD = "sales.emea";

    @Param({"1000", "10000", "100000"})
    int mailboxes;

    private BenchWorkspace workspace;
    private MailboxesViewModel viewModel;
    private SortedList<MailboxItem> table;
    private String[] keystrokes;
    private int next;

    @Setup
    public void setUp() {
        workspace = BenchWorkspace.withMailboxes(mailboxes);
        viewModel = workspace.viewModel();
        viewModel.load();
        table = new SortedList<>(viewModel.shownMailboxes(), Comparator.comparing(MailboxItem::name));
        viewModel.filterProperty().set(MailboxFilter.INBOUND);
        keystrokes = new String[WORD.length() * 2];
        for (int i = 0; i < WORD.length(); i++) {
            keystrokes[i] = WORD.substring(0, i + 1);
            keystrokes[WORD.length() + i] = WORD.substring(0, WORD.length() - 1 - i);
        }
    }

    @Benchmark
    public int keystroke() {
        viewModel.searchProperty().set(keystrokes[next++ % keystrokes.length]);
        return table.size();
    }

    @TearDown
    public void tearDown() {
        workspace.close();
    }
}
