package org.mailroom.check;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.StoredRegistration;

/**
 * What expires, and when: each app registration's client secret (the date typed from the portal) and each server
 * certificate a connection test saw. The check warns {@link #WARN_DAYS} days ahead and errs once a date has
 * passed; the printable summary lists them all.
 */
public final class ExpiryRegister {

    /** How many days ahead an expiry becomes a warning: time to renew and roll out. */
    public static final int WARN_DAYS = 30;

    /** What expires, on which item, and the day it does (its last valid day for a certificate: the UTC date of NotAfter). */
    public record Entry(Kind kind, ItemRef item, String what, LocalDate expires) {

        /** Days from {@code today} to the expiry; negative once expired. */
        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, expires);
        }
    }

    public enum Kind {
        CLIENT_SECRET, CERTIFICATE
    }

    private ExpiryRegister() {
    }

    /** Soonest first. */
    public static List<Entry> of(CheckContext workspace) {
        List<Entry> entries = new ArrayList<>();
        for (StoredRegistration stored : workspace.content().registrations()) {
            workspace.notesOf(stored.id()).secretExpiry().ifPresent(date ->
                    entries.add(new Entry(Kind.CLIENT_SECRET, ItemRef.of(stored), ItemRef.of(stored).displayName(), date)));
        }
        Set<String> seen = new HashSet<>();
        for (Mailbox mailbox : workspace.mailboxes()) {
            LastTest test = workspace.lastTest(mailbox).orElse(null);
            if (test == null || test.certificateNotAfter() == null || mailbox.mailServer().isEmpty()) {
                continue;
            }
            // mailboxes on one server saw one certificate: it is listed once
            if (seen.add(mailbox.mailServer().get().id() + "|" + test.certificateSubject() + "|" + test.certificateNotAfter())) {
                entries.add(new Entry(Kind.CERTIFICATE, ItemRef.of(mailbox.mailServer().get()), test.certificateSubject(),
                        test.certificateNotAfter().atOffset(ZoneOffset.UTC).toLocalDate()));
            }
        }
        entries.sort(Comparator.comparing(Entry::expires));
        return List.copyOf(entries);
    }

    /** The register of a whole check input, as of today (for the summary). */
    public static List<Entry> of(CheckInput input, LocalDate today) {
        return of(new CheckContext(input, today));
    }
}
