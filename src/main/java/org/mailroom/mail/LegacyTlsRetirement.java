package org.mailroom.mail;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Cloud;
import org.mailroom.retirements.Retirement;
import org.mailroom.text.Text;

/**
 * Exchange Online retires TLS 1.0 and 1.1 for POP3 and IMAP in a rollout ({@link Retirement#LEGACY_TLS_POP_IMAP}):
 * a test that still negotiates one of them with an Exchange Online host, or fails because the server offers only
 * them, says so with the dates, in the tense today calls for.
 */
public final class LegacyTlsRetirement {

    private static final Set<String> LEGACY = Set.of("TLSv1", "TLSv1.1", "SSLv3");

    private LegacyTlsRetirement() {
    }

    /** The warning for a handshake that negotiated {@code negotiated} (e.g. "TLSv1.1"), if it is one. */
    public static Optional<String> warning(Protocol protocol, String host, String negotiated, LocalDate today) {
        if (negotiated == null || !LEGACY.contains(negotiated) || !applies(protocol, host)) {
            return Optional.empty();
        }
        return Optional.of(Text.get("probe.detail.legacyTls", stage(today), start(), end(), negotiated));
    }

    /** The action for a server that offers only TLS 1.0/1.1, when it is Exchange Online's. */
    public static Optional<String> oldTlsAction(Protocol protocol, String host, LocalDate today) {
        return applies(protocol, host) ? Optional.of(Text.get("probe.action.legacyTls", stage(today), start(), end()))
                : Optional.empty();
    }

    private static boolean applies(Protocol protocol, String host) {
        return protocol != Protocol.SMTP && Cloud.isExchangeOnlineHost(host);
    }

    /** 0 before the rollout, 1 during it, 2 once every tenant has it. */
    private static int stage(LocalDate today) {
        Retirement tls = Retirement.LEGACY_TLS_POP_IMAP;
        if (!tls.inEffectOn(today)) {
            return 0;
        }
        return tls.rolloutEnds().map(today::isAfter).orElse(true) ? 2 : 1;
    }

    private static String start() {
        return Retirement.LEGACY_TLS_POP_IMAP.isoDate();
    }

    private static String end() {
        return Retirement.LEGACY_TLS_POP_IMAP.rolloutEnds().map(LocalDate::toString).orElse("");
    }
}
