package org.mailroom.check.rules;

import java.util.HashSet;
import java.util.Set;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Severity;

/** An Attribute Value's name is unique within its attribute; the later copies are reported. */
public final class DuplicateFromAddress extends Rule {

    public DuplicateFromAddress() {
        super("duplicateFromAddress", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        Set<String> seen = new HashSet<>();
        for (FromAddress value : workspace.content().fromAddressValues()) {
            if (!seen.add(value.attributeId() + " " + FromAddress.addressKey(value.address()))) {
                reporter.report(ItemRef.of(value), value.address());
            }
        }
    }
}
