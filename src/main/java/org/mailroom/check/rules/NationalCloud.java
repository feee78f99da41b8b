package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.StoredRegistration;

/** Only the global authority is documented for E-mail Server: warn on the national clouds, don't block (facts §4). */
public final class NationalCloud extends Rule {

    public NationalCloud() {
        super("nationalCloud", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (StoredRegistration stored : workspace.content().registrations()) {
            Cloud cloud = stored.registration() == null ? null : stored.registration().cloud();
            if (cloud != null && cloud.isOpen() && !cloud.isDocumentedForEmailServer()) {
                reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName(), cloud.authority());
            }
        }
    }
}
