package org.mailroom.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.mailroom.text.Text;

/** The plain-text report of a test, for the clipboard and the command line. */
final class ProbeReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private ProbeReport() {
    }

    static String plainText(ProbeResult result) {
        StringBuilder out = new StringBuilder();
        line(out, Text.get("probe.report.title", result.name(), result.target()));
        line(out, Text.get("probe.report.started", TIME.format(result.startedAt()), result.totalMillis()));
        line(out, Text.get("probe.report.outcome", result.overall().label()));
        out.append('\n');
        for (StepResult step : result.steps()) {
            line(out, String.format("[%-7s] %-16s %6d ms", step.status().label(), step.step().label(), step.millis()));
            if (step.detail() != null && !step.detail().isBlank()) {
                step.detail().lines().forEach(detail -> line(out, "          " + detail));
            }
        }
        Failure failure = result.failure();
        if (failure != null) {
            out.append('\n');
            line(out, Text.get("probe.report.failure", failure.kind().label(), failure.step().label()));
            line(out, Text.get("probe.report.reason", failure.reason()));
            line(out, Text.get("probe.report.action", failure.action()));
        }
        result.certificateToTrust().ifPresent(sha -> line(out, Text.get("probe.report.trust", sha)));
        if (!result.transcript().isEmpty()) {
            out.append('\n');
            line(out, Text.get("probe.report.transcript"));
            result.transcript().forEach(transcriptLine -> line(out, "  " + transcriptLine));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
