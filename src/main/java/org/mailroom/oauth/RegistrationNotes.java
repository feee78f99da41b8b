package org.mailroom.oauth;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the admin recorded about an app registration beside Azure's values, for the check before go-live: the
 * checklist items ticked as done, the permission ids confirmed as found in their tenant, and the client secret's
 * expiry date as the portal shows it.
 *
 * @param ticked        keys of the ticked checklist items ({@link MailboxChecklist.Item#tickKey()})
 * @param confirmedIds  by permission name (e.g. {@code IMAP.AccessAsApp}): the id the admin found for it under its
 *                      resource, where Microsoft's documented one differs
 * @param secretExpires the client secret's expiry date; null when not typed (or no secret)
 */
public record RegistrationNotes(Set<String> ticked, Map<String, String> confirmedIds, LocalDate secretExpires) {

    public static final RegistrationNotes NONE = new RegistrationNotes(Set.of(), Map.of(), null);

    public RegistrationNotes {
        ticked = Set.copyOf(ticked);
        confirmedIds = Map.copyOf(confirmedIds);
    }

    public Optional<LocalDate> secretExpiry() {
        return Optional.ofNullable(secretExpires);
    }

    public RegistrationNotes withTicked(Set<String> keys) {
        return new RegistrationNotes(keys, confirmedIds, secretExpires);
    }

    public RegistrationNotes withSecretExpires(LocalDate date) {
        return new RegistrationNotes(ticked, confirmedIds, date);
    }

    public RegistrationNotes withConfirmedIds(Map<String, String> ids) {
        return new RegistrationNotes(ticked, ids, secretExpires);
    }

    public boolean isEmpty() {
        return ticked.isEmpty() && confirmedIds.isEmpty() && secretExpires == null;
    }
}
