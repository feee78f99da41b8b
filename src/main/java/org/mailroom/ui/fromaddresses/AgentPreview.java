package org.mailroom.ui.fromaddresses;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.BusinessAttributeRules;
import org.mailroom.domain.FromAddress;
import org.mailroom.text.Text;

/** What agents see of the From addresses, and the Agent Workspace option admins set for them to see it. */
public final class AgentPreview {

    private final String outboundAddress;
    private final ObservableValue<BusinessAttribute> attribute;

    /** {@code outboundAddress}: the outbound mailbox's From Address, to warn about other domains (may be blank). */
    AgentPreview(String outboundAddress, ObservableValue<BusinessAttribute> attribute) {
        this.outboundAddress = outboundAddress;
        this.attribute = attribute;
    }

    /** A value as listed: what agents see, and the Send As warning when its domain differs. */
    public String describe(FromAddress value) {
        return BusinessAttributeRules.sendAsWarning(value, outboundAddress)
                .map(warning -> value.agentLabel() + "  \u26a0 " + warning)
                .orElse(value.agentLabel());
    }

    /** The Agent Workspace option admins must set for agents to see these addresses. */
    public StringBinding workspaceOption() {
        return Bindings.createStringBinding(() -> attribute.getValue() == null
                ? Text.get("from.option.emailServer")
                : Text.get("from.option.attribute", attribute.getValue().name()), attribute);
    }
}
