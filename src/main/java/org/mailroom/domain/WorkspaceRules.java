package org.mailroom.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailroom.text.Text;

/** The rules that concern the workspace as a whole rather than one field. */
public final class WorkspaceRules {

    private WorkspaceRules() {
    }

    /** What stops {@code candidate} from being added to (or saved among) the {@code existing} mailboxes. */
    public static List<Violation> checkSave(Mailbox candidate, Collection<? extends Mailbox> existing) {
        List<Violation> violations = new ArrayList<>();
        for (Mailbox other : existing) {
            if (other.id() == candidate.id() && candidate.id() != 0) {
                continue;
            }
            if (candidate.direction() == Direction.OUTBOUND && other.direction() == Direction.OUTBOUND) {
                violations.add(secondOutbound());
            } else if (sameName(other.name(), candidate.name())) {
                violations.add(duplicateName(candidate.name()));
            }
        }
        return violations;
    }

    /** Why the mailbox cannot be deleted, if it cannot: it is enabled, and the way out. */
    public static Optional<Violation> checkDelete(Mailbox mailbox, Applications applications) {
        return applications.applicationOf(mailbox)
                .filter(DigitalApplication::streamEnabled)
                .map(application -> deleteEnabled(mailbox, application.name()));
    }

    public static Violation deleteEnabled(Mailbox mailbox, String applicationName) {
        return new Violation(mailbox.name(), Text.get("rule.deleteEnabled", applicationName));
    }

    public static boolean sameName(String a, String b) {
        return nameKey(a).equals(nameKey(b));
    }

    /** Names are unique ignoring case; this is the form they are compared in. */
    public static String nameKey(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    public static Violation duplicateName(String name) {
        return new Violation(Text.get("field.mailboxName"), Text.get("rule.duplicateName", name));
    }

    public static Violation secondOutbound() {
        return new Violation(Text.get("field.direction"), Text.get("rule.oneOutbound"));
    }
}
