package org.mailroom.ui.oauth;

import java.util.List;
import java.util.Set;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;

/**
 * Where the admin left the OAuth wizard, saved in the workspace as JSON on every page change so that
 * closing and reopening resumes there. Never holds a secret.
 */
public record WizardDraft(int page, List<Long> mailboxIds, Long testMailboxId, Set<OAuthProtocol> protocols,
                          GrantType grant, String name, String clientId, String tenant, Cloud cloud,
                          AccountType accountType, String enterpriseObjectId, String servicePrincipalId,
                          String manifest) {
}
