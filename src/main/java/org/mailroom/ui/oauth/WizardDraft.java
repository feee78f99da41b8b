package org.mailroom.ui.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailroom.oauth.AccountType;
import org.mailroom.domain.Cloud;
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
                          Map<String, String> confirmedIds) {

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

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft of plain values always serializes", e);
        }
    }
}
