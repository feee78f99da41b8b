package org.mailroom.io;

import java.util.List;
import java.util.Map;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.Field;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.Violation;
import org.mailroom.io.ImportValidator.Bound;
import org.mailroom.text.Text;

/**
 * Where an imported EWS or Graph mailbox connects: its endpoint URL and folder, or its cloud, checked with the
 * rules the form uses. The fields of the other kinds must be absent, so a file never says two things at once.
 */
final class WebApiEntries {

    private static final Map<Field, String> FIELDS = Map.of(Field.EWS_URL, "ewsUrl", Field.FOLDER_PATH, "folderPath",
            Field.CLOUD, "cloud", Field.KIND, "kind");

    private WebApiEntries() {
    }

    /** The endpoint, or null when a problem was added. */
    static Endpoint endpoint(Problems problems, Bound<WorkspaceFile.MailboxEntry> item, Direction direction) {
        WorkspaceFile.MailboxEntry m = item.value();
        MailboxKind kind = m.kind();
        int before = problems.count();
        MailboxRules.checkEndpointKind(kind, direction).ifPresent(v -> problems.add(item.at("kind"), v));
        notFor(problems, item, "server", m.server(), kind);
        if (kind == MailboxKind.EWS) {
            notFor(problems, item, "cloud", m.cloud(), kind);
            if (problems.require(item.at("ewsUrl"), m.ewsUrl())) {
                List<Violation> violations = EwsEndpoint.check(m.ewsUrl(), m.folderPath());
                violations.forEach(v -> problems.add(item.at(FIELDS.get(v.field())), v));
            }
            return problems.count() == before ? new EwsEndpoint(m.ewsUrl(), m.folderPath()) : null;
        }
        notFor(problems, item, "ewsUrl", m.ewsUrl(), kind);
        notFor(problems, item, "folderPath", m.folderPath(), kind);
        if (problems.require(item.at("cloud"), m.cloud())) {
            GraphCloud.check(m.cloud()).ifPresent(v -> problems.add(item.at("cloud"), v));
        }
        return problems.count() == before ? new GraphCloud(m.cloud()) : null;
    }

    /** A field of another kind: "an EWS mailbox has no server entry". */
    static void notFor(Problems problems, Bound<WorkspaceFile.MailboxEntry> item, String field, Object value, MailboxKind kind) {
        if (value != null) {
            problems.add(item.at(field), Text.get("io.problem.notForKind", Text.of(kind)));
        }
    }
}
