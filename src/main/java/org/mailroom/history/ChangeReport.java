package org.mailroom.history;

import static org.mailroom.io.ConfigurationSummary.escape;

import java.util.List;
import org.mailroom.check.Finding;
import org.mailroom.text.Text;

/**
 * A comparison put in words for a change ticket: item by item what was added, removed and changed (field by
 * field), then the configuration check's findings for the items that changed. As plain text or as HTML.
 */
public final class ChangeReport {

    private static final String STYLE = "body{font-family:sans-serif;font-size:11pt;margin:2em}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #999;padding:4px 6px;"
            + "text-align:left;vertical-align:top}th{background:#eee}tr{page-break-inside:avoid}";

    private ChangeReport() {
    }

    /** One line per item ("Changed · Mailbox sales"), its fields indented below, then the findings. */
    public static String text(String title, List<ItemDifference> differences, List<Finding> findings) {
        StringBuilder text = new StringBuilder(title).append('\n');
        if (differences.isEmpty()) {
            text.append(Text.get("report.noDifferences")).append('\n');
        }
        for (ItemDifference difference : differences) {
            text.append(headline(difference)).append('\n');
            for (FieldDifference field : difference.fields()) {
                text.append("    ").append(fieldLine(difference, field)).append('\n');
            }
            if (difference.secretChanged()) {
                text.append("    ").append(Text.get("history.secretChanged")).append('\n');
            }
        }
        if (!findings.isEmpty()) {
            text.append('\n').append(Text.get("report.findings")).append('\n');
            for (Finding finding : findings) {
                text.append(Text.get("report.finding", finding.severity().label(), finding.item().label(), finding.message(),
                        finding.fix())).append('\n');
            }
        }
        return text.toString();
    }

    /** The same as a page to attach to a change ticket. */
    public static String html(String title, List<ItemDifference> differences, List<Finding> findings) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        if (differences.isEmpty()) {
            html.append("<p>").append(escape(Text.get("report.noDifferences"))).append("</p>\n");
        } else {
            html.append("<table><tr>");
            for (String key : List.of("report.column.action", "report.column.item", "report.column.field", "report.column.before",
                    "report.column.after")) {
                html.append("<th>").append(escape(Text.get(key))).append("</th>");
            }
            html.append("</tr>\n");
            for (ItemDifference difference : differences) {
                String item = difference.type().label() + " " + difference.name();
                List<String[]> rows = new java.util.ArrayList<>(difference.fields().stream()
                        .map(f -> new String[] {f.label(), f.before(), f.after()}).toList());
                if (difference.secretChanged()) {
                    rows.add(new String[] {Text.get("history.field.secret"), "", Text.get("history.value.changed")});
                }
                if (rows.isEmpty()) {
                    rows.add(new String[] {"", "", ""});
                }
                for (String[] row : rows) {
                    html.append("<tr><td>").append(escape(difference.action().label())).append("</td><td>").append(escape(item))
                            .append("</td><td>").append(escape(row[0])).append("</td><td>").append(escape(row[1]))
                            .append("</td><td>").append(escape(row[2])).append("</td></tr>\n");
                }
            }
            html.append("</table>\n");
        }
        if (!findings.isEmpty()) {
            html.append("<h2>").append(escape(Text.get("report.findings"))).append("</h2>\n<table>");
            for (Finding finding : findings) {
                html.append("<tr><td>").append(escape(finding.severity().label())).append("</td><td>")
                        .append(escape(finding.item().label())).append("</td><td>").append(escape(finding.message()))
                        .append("</td><td>").append(escape(finding.fix())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** "Changed · Mailbox sales". */
    public static String headline(ItemDifference difference) {
        return Text.get("report.item", difference.action().label(), difference.type().label(), difference.name());
    }

    private static String fieldLine(ItemDifference difference, FieldDifference field) {
        return switch (difference.action()) {
            case ADDED -> Text.get("report.field.added", field.label(), HistoryEntry.shown(field.after()));
            case REMOVED -> Text.get("report.field.removed", field.label(), HistoryEntry.shown(field.before()));
            case CHANGED -> Text.get("history.fieldChange", field.label(), HistoryEntry.shown(field.before()),
                    HistoryEntry.shown(field.after()));
        };
    }
}
