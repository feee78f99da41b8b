package org.mailroom.retirements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.mailroom.text.Text;

/**
 * Every dated change in Exchange Online and Microsoft's identity platform that Mailroom's advice depends on
 * (facts §7), in one place: the configuration check, the OAuth wizard's notes and the connection tests' failure
 * texts read their dates from here and compare them with a clock they are given, never with the build date.
 * The texts (topic, what changes, when) are in the bundle under {@code retirement.}.
 */
public enum Retirement {
    /** Blocked in phases unless the org and mailbox allow EWS and the app is on EWSAllowedAppIDs. */
    EWS_BLOCKED(LocalDate.of(2026, 10, 1), null, Precision.DAY, "Microsoft 365 Message Center (EWS in Exchange Online)"),
    EWS_SHUT_DOWN(LocalDate.of(2027, 4, 1), null, Precision.DAY, "Microsoft 365 Message Center (EWS in Exchange Online)"),
    /** Microsoft's "end of December 2026": from the last day on it is spoken of in the past. */
    SMTP_BASIC_AUTH_OFF_BY_DEFAULT(LocalDate.of(2026, 12, 31), null, Precision.END_OF_MONTH,
            "Exchange Team blog, 2026-01-27 (SMTP AUTH)"),
    /** Announced without a date: "in the second half of 2027". */
    SMTP_BASIC_AUTH_REMOVED(null, null, Precision.NOT_ANNOUNCED, "Exchange Team blog, 2026-01-27 (SMTP AUTH)"),
    /** A rollout: some tenants from its first day, all by its last. */
    LEGACY_TLS_POP_IMAP(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), Precision.DAY,
            "Microsoft 365 Message Center (TLS 1.0/1.1 for POP3 and IMAP)"),
    /** Deprecated in the libraries, no retirement date published. */
    ROPC_DEPRECATED(null, null, Precision.NOT_ANNOUNCED,
            "learn.microsoft.com (ROPC); msal4j 1.26 deprecates UserNamePasswordParameters"),
    APPLICATION_IMPERSONATION_REMOVED(LocalDate.of(2025, 2, 1), null, Precision.MONTH,
            "Microsoft 365 Message Center (ApplicationImpersonation role)");

    /** How exactly Microsoft gave the date, so it is shown as given ("February 2025", "end of December 2026"). */
    public enum Precision { DAY, MONTH, END_OF_MONTH, NOT_ANNOUNCED }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final LocalDate date;
    private final LocalDate rolloutEnds;
    private final Precision precision;
    private final String source;

    Retirement(LocalDate date, LocalDate rolloutEnds, Precision precision, String source) {
        this.date = date;
        this.rolloutEnds = rolloutEnds;
        this.precision = precision;
        this.source = source;
    }

    /** The first day the change applies, empty while Microsoft has announced no date. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** For a rollout, the day by which every tenant has it. */
    public Optional<LocalDate> rolloutEnds() {
        return Optional.ofNullable(rolloutEnds);
    }

    public Precision precision() {
        return precision;
    }

    /** Where the date comes from. */
    public String source() {
        return source;
    }

    /** Whether the change applies on {@code today}; never for one without a date. */
    public boolean inEffectOn(LocalDate today) {
        return date != null && !today.isBefore(date);
    }

    public boolean inEffect(Clock clock) {
        return inEffectOn(LocalDate.now(clock));
    }

    /** The date as an ISO day ("2026-10-01"); empty for one not announced. */
    public String isoDate() {
        return date == null ? "" : date.toString();
    }

    /** The topic, e.g. "EWS in Exchange Online blocked". */
    public String topic() {
        return Text.get("retirement.topic." + key());
    }

    /** What changes for the admin. */
    public String change() {
        return Text.get("retirement.change." + key());
    }

    /** When, as Microsoft gave it: "2026-10-01", "end of December 2026 (2026-12-31)", "February 2025", "not announced". */
    public String when() {
        String day = isoDate();
        return switch (precision) {
            case DAY -> rolloutEnds == null ? day : Text.get("retirement.when.rollout", day, rolloutEnds.toString());
            case MONTH -> MONTH.format(date);
            case END_OF_MONTH -> Text.get("retirement.when.endOfMonth", MONTH.format(date), day);
            case NOT_ANNOUNCED -> Text.get("retirement.when.notAnnounced." + key());
        };
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
