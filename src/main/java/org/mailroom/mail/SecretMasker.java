package org.mailroom.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hides credentials in protocol transcripts and error texts. Angus already suppresses most of the login
 * exchange (mail.debug.auth=false); this is the second line: command arguments, SASL payloads, and the
 * secret itself wherever it shows up, also base64-encoded.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private static final List<Rule> RULES = List.of(
            // IMAP: "A1 LOGIN user pass", "A1 AUTHENTICATE PLAIN <initial response>"
            new Rule(Pattern.compile("^(\\S+ LOGIN) .*$", Pattern.CASE_INSENSITIVE), "$1 " + MASK),
            new Rule(Pattern.compile("^(\\S+ AUTHENTICATE \\S+) .*$", Pattern.CASE_INSENSITIVE), "$1 " + MASK),
            // SMTP and POP3: "AUTH PLAIN <initial response>", "PASS secret", "APOP user digest"
            new Rule(Pattern.compile("^(AUTH \\S+) .*$", Pattern.CASE_INSENSITIVE), "$1 " + MASK),
            new Rule(Pattern.compile("^(PASS|APOP) .*$", Pattern.CASE_INSENSITIVE), "$1 " + MASK),
            // SASL continuations either way: "334 <base64>", "+ <base64>", or a bare base64 line; a bare
            // line needs a lower-case letter, digit or +/= so capability words like PIPELINING stay readable
            new Rule(Pattern.compile("^(334|\\+) [A-Za-z0-9+/]{4,}={0,2}$"), "$1 " + MASK),
            new Rule(Pattern.compile("^(?=.*[a-z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}$"), MASK));

    private final List<String> secretForms = new ArrayList<>();

    public SecretMasker(String login, char[] secret) {
        String plain = new String(secret);
        // very short secrets would mask ordinary words; the line rules above still cover them
        if (plain.length() >= 3) {
            secretForms.add(plain);
            Base64.Encoder base64 = Base64.getEncoder();
            secretForms.add(base64.encodeToString(("\0" + login + "\0" + plain).getBytes(StandardCharsets.UTF_8)));
            secretForms.add(base64.encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
            secretForms.add(base64.encodeToString(
                    ("user=" + login + "\u0001auth=Bearer " + plain + "\u0001\u0001").getBytes(StandardCharsets.UTF_8)));
        }
    }

    public String mask(String line) {
        if (line == null) {
            return null;
        }
        String masked = line;
        for (String secret : secretForms) {
            masked = masked.replace(secret, MASK);
        }
        for (Rule rule : RULES) {
            masked = rule.pattern().matcher(masked).replaceAll(rule.replacement());
        }
        return masked;
    }

    private record Rule(Pattern pattern, String replacement) {
    }
}
