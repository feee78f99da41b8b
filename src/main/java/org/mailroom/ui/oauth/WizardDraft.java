package org.mailroom.ui.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;

/**
 * Where the admin left the OAuth wizard, saved in the workspace as JSON on every page change so that
 * closing and reopening resumes there, with the manifest's check, the ticked checklist, the secret's expiry date and the
 * confirmed permission ids. Never holds a secret.
 */
public record WizardDraft(int page, List<Long> mailboxIds, Long testMailboxId, Set<OAuthProtocol> protocols,
                          GrantType grant, String name, String clientId, String tenant, Cloud cloud,
                          AccountType accountType, String enterpriseObjectId, String servicePrincipalId,
                          String manifest, boolean manifestChecked, Set<String> ticked, String secretExpires,
                          Map<String, String> confirmedIds, boolean accessPolicies, String accessPolicyGroup) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The draft in the saved JSON, or empty when there is none worth resuming (unreadable, or "{}"). */
    static Optional<WizardDraft> fromJson(String json) {
        try {
            WizardDraft draft = JSON.readValue(json, WizardDraft.class);
            return draft.grant() == null ? Optional.empty() : Optional.of(draft);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // an unreadable draft only means starting afresh
        }
    }

    /** Where {@code wizard} is now. */
    static WizardDraft of(OAuthWizardViewModel wizard) {
        Mailbox test = wizard.testMailboxProperty().get();
        WizardChecklist checklist = wizard.checklist();
        return new WizardDraft(wizard.pageProperty().get(), wizard.chosenMailboxes().stream().map(Mailbox::id).toList(),
                test == null ? null : test.id(), wizard.chosenProtocols(), wizard.grantProperty().get(), wizard.nameProperty().get(),
                wizard.clientIdProperty().get(), wizard.tenantProperty().get(), wizard.cloudProperty().get(),
                wizard.accountTypeProperty().get(), wizard.enterpriseObjectIdProperty().get(), wizard.servicePrincipalIdProperty().get(),
                wizard.pastedManifestProperty().get(), !wizard.manifestFindingsProperty().get().isEmpty(), checklist.tickedKeys(),
                checklist.secretExpiresProperty().get(), checklist.confirmedIds(), wizard.accessPoliciesProperty().get(),
                wizard.accessPolicyGroupProperty().get());
    }

    /** Puts {@code wizard} back where this draft left it, the manifest checked again if it was. */
    void resumeIn(OAuthWizardViewModel wizard) {
        wizard.mailboxes().forEach(c -> c.chosen().set(mailboxIds != null && mailboxIds.contains(c.mailbox().id())));
        for (OAuthProtocol protocol : OAuthProtocol.values()) {
            wizard.protocol(protocol).set(protocols != null && protocols.contains(protocol));
        }
        wizard.grantProperty().set(grant);
        wizard.nameProperty().set(name);
        wizard.clientIdProperty().set(clientId);
        wizard.tenantProperty().set(tenant);
        wizard.cloudProperty().set(cloud);
        wizard.accountTypeProperty().set(accountType);
        wizard.enterpriseObjectIdProperty().set(enterpriseObjectId);
        wizard.servicePrincipalIdProperty().set(servicePrincipalId);
        wizard.accessPoliciesProperty().set(accessPolicies);
        wizard.accessPolicyGroupProperty().set(accessPolicyGroup == null ? "" : accessPolicyGroup);
        wizard.pastedManifestProperty().set(manifest == null ? "" : manifest);
        wizard.testMailboxProperty().set(wizard.mailboxes().stream().map(OAuthWizardViewModel.Choice::mailbox)
                .filter(m -> testMailboxId != null && m.id() == testMailboxId).findFirst().orElse(null));
        wizard.pageProperty().set(Math.max(0, Math.min(OAuthWizardViewModel.PAGES - 1, page)));
        wizard.checklist().resume(this);
        if (manifestChecked) {
            wizard.checkManifest();
        }
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft of plain values always serializes", e);
        }
    }
}
