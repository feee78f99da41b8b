package org.mailroom.history;

import java.util.List;

/** One page of the history, newest first, and how many changes the filter lets through in all. */
public record HistoryPage(int total, List<HistoryEntry> entries) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }
}
