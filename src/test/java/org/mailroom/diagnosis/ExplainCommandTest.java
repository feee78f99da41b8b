package org.mailroom.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code explain}: text from the arguments or stdin; exit 0 recognised, 1 not recognised, 2 bad usage. */
class ExplainCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return ExplainCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theArgumentsAreTheText() {
        assertThat(run("", "535", "5.7.139", "Authentication", "unsuccessful")).isZero();
        assertThat(out()).contains("Exchange Online says: SMTP AUTH is turned off", "Look at: Authentication",
                "Fix: Exchange Online: SMTP AUTH is disabled", "-SmtpClientAuthenticationDisabled $false");
    }

    @Test
    void withoutArgumentsStandardInputIsTheText() {
        assertThat(run("2026-11-30 10:01 AADSTS7000215: Invalid client secret provided.\n")).isZero();
        assertThat(out()).contains("Look at: Client secret", "paste the secret Value");
    }

    @Test
    void unknownWordsExitOne() {
        assertThat(run("", "all", "is", "well")).isEqualTo(ExplainCommand.NOT_RECOGNISED);
        assertThat(out()).contains("Mailroom does not know this message");
    }

    @Test
    void badUsageExitsTwoInWords() {
        assertThat(run("")).isEqualTo(ExplainCommand.BAD_USAGE);
        assertThat(err()).contains("Nothing to explain", "Usage: explain");
        err.reset();
        assertThat(run("", "--verbose", "535")).isEqualTo(ExplainCommand.BAD_USAGE);
        assertThat(err()).contains("Unknown option --verbose.");
        err.reset();
        assertThat(run("x".repeat(ErrorDecoder.MAX_LENGTH + 10))).isEqualTo(ExplainCommand.BAD_USAGE);
        assertThat(err()).contains("paste only the lines around the error").doesNotContain("Exception");
    }

    @Test
    void helpExitsZero() {
        assertThat(run("", "--help")).isZero();
        assertThat(out()).contains("Exit code: 0 recognised, 1 not recognised, 2 bad usage.");
    }
}
