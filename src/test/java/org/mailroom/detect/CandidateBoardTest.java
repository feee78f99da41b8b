package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mailroom.domain.ConnectionSecurity.NONE;
import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;
import static org.mailroom.domain.Protocol.IMAP;
import static org.mailroom.domain.Protocol.POP3;
import static org.mailroom.domain.Protocol.SMTP;

import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;

/** One candidate per endpoint with its most trusted source; ranked reachable, then by security, then by trust. */
class CandidateBoardTest {

    private final CandidateBoard board = new CandidateBoard();

    @Test
    void theSameEndpointFromTwoSourcesIsOneCandidateWithTheMoreTrustedSource() {
        assertThat(board.offer(proposal("Mail.Example.test.", 993, IMAP, SSL_TLS, Source.GUESS))).isTrue();
        assertThat(board.offer(proposal("mail.example.test", 993, IMAP, SSL_TLS, Source.DNS_SRV))).isFalse();
        assertThat(board.offer(proposal("mail.example.test", 993, IMAP, SSL_TLS, Source.MX))).isFalse();

        assertThat(board.ranked(Direction.INBOUND)).singleElement()
                .extracting(Candidate::host, Candidate::source).containsExactly("mail.example.test", Source.DNS_SRV);
    }

    @Test
    void aMoreTrustedSourceArrivingAfterTheProbeStillWins() {
        Candidate guess = proposal("imap.example.test", 993, IMAP, SSL_TLS, Source.GUESS);
        board.offer(guess);
        board.record(guess, new ProbeOutcome(ProbeStatus.CONFIRMED, SSL_TLS, ""));
        board.offer(proposal("imap.example.test", 993, IMAP, SSL_TLS, Source.ISPDB));

        assertThat(board.ranked(Direction.INBOUND)).singleElement()
                .extracting(Candidate::source, Candidate::status).containsExactly(Source.ISPDB, ProbeStatus.CONFIRMED);
    }

    @Test
    void aFilesWordOnSignInIsNotHiddenByTheBuiltInSettingsOfTheSameServer() {
        EmailAddress agent = EmailAddress.parse("agent@quirky.test");
        Candidate preset = Candidate.proposed("imap.quirky.test", 993, IMAP, SSL_TLS, Source.PRESET, "Known settings",
                SignIn.of("%EMAILADDRESS%", agent, java.util.List.of(AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT),
                        java.util.List.of()));
        Candidate file = Candidate.proposed("imap.quirky.test", 993, IMAP, SSL_TLS, Source.ISPDB, "quirky.xml (Quirky)",
                SignIn.of("%EMAILLOCALPART%", agent, java.util.List.of(AuthMethod.OAUTH2),
                        java.util.List.of("Before the first sign-in: enable IMAP")));
        board.offer(preset);
        board.offer(file);
        board.offer(file); // the MX path may name the same file again

        Candidate shown = board.ranked(Direction.INBOUND).get(0);
        assertThat(shown.source()).isEqualTo(Source.PRESET);
        assertThat(shown.detail()).isEqualTo("Known settings; also in quirky.xml (Quirky)");
        assertThat(shown.signIn().login()).isEqualTo("agent");
        assertThat(shown.signIn().methods()).containsExactly(AuthMethod.OAUTH2);
        assertThat(shown.signIn().steps()).containsExactly("Before the first sign-in: enable IMAP");
    }

    @Test
    void rankedAnsweringFirstThenImplicitTlsThenStartTlsThenPlainThenByTrust() {
        checked("plain.test", 143, IMAP, STARTTLS, Source.PRESET, ProbeStatus.CONFIRMED, NONE);
        checked("starttls.test", 143, IMAP, STARTTLS, Source.DNS_SRV, ProbeStatus.CONFIRMED, STARTTLS);
        checked("tls-guess.test", 993, IMAP, SSL_TLS, Source.GUESS, ProbeStatus.CONFIRMED, SSL_TLS);
        checked("tls-file.test", 995, POP3, SSL_TLS, Source.ISPDB, ProbeStatus.CONFIRMED, SSL_TLS);
        checked("silent.test", 993, IMAP, SSL_TLS, Source.PRESET, ProbeStatus.UNREACHABLE, SSL_TLS);
        board.offer(proposal("unchecked.test", 993, IMAP, SSL_TLS, Source.MX));

        assertThat(board.ranked(Direction.INBOUND)).extracting(Candidate::host).containsExactly(
                "tls-file.test", "tls-guess.test", "starttls.test", "plain.test", "unchecked.test", "silent.test");
    }

    @Test
    void aGuessIsShownOnlyWhenSomethingAnsweredThere() {
        checked("imap.example.test", 993, IMAP, SSL_TLS, Source.GUESS, ProbeStatus.UNREACHABLE, SSL_TLS);
        checked("mail.example.test", 993, IMAP, SSL_TLS, Source.GUESS, ProbeStatus.TLS_FAILED, SSL_TLS);
        checked("smtp.example.test", 587, SMTP, STARTTLS, Source.GUESS, ProbeStatus.NOT_A_MAIL_SERVER, STARTTLS);
        checked("smtp.provider.test", 587, SMTP, STARTTLS, Source.PRESET, ProbeStatus.UNREACHABLE, STARTTLS);

        assertThat(board.ranked(Direction.INBOUND)).extracting(Candidate::host).containsExactly("mail.example.test");
        assertThat(board.ranked(Direction.OUTBOUND)).extracting(Candidate::host, Candidate::status)
                .as("a preset stays even when unreachable from this machine").containsExactly(
                        tuple("smtp.provider.test", ProbeStatus.UNREACHABLE));
        assertThat(board.knows(Direction.OUTBOUND)).isTrue();
        assertThat(board.knows(Direction.INBOUND)).as("guesses do not count").isFalse();
    }

    @Test
    void aCandidateBecomesADraftMailServerWithWhatTheProbeFound() {
        checked("pop.example.test", 110, POP3, STARTTLS, Source.ISPDB, ProbeStatus.CONFIRMED, NONE);

        MailServer server = board.ranked(Direction.INBOUND).get(0).toMailServer();

        assertThat(server).isEqualTo(MailServer.draft("pop.example.test", 110, POP3, NONE));
    }

    @Test
    void anInvalidHostIsRefusedByTheDomainRules() {
        Candidate bad = proposal("not a host", 993, IMAP, SSL_TLS, Source.ISPDB);

        assertThatThrownBy(bad::toMailServer).isInstanceOf(RuleViolationException.class);
    }

    private void checked(String host, int port, Protocol protocol, ConnectionSecurity claimed, Source source,
                         ProbeStatus status, ConnectionSecurity found) {
        Candidate candidate = proposal(host, port, protocol, claimed, source);
        board.offer(candidate);
        board.record(candidate, new ProbeOutcome(status, found, ""));
    }

    private static Candidate proposal(String host, int port, Protocol protocol, ConnectionSecurity security,
                                      Source source) {
        return Candidate.proposed(host, port, protocol, security, source, "test");
    }
}
