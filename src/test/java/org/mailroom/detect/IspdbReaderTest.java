package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;

/** ISPDB clientConfig files as real ones are: several servers, placeholders, unknown parts; and broken ones. */
class IspdbReaderTest {

    private static final EmailAddress ALICE = EmailAddress.parse("alice@quirky.test");

    @TempDir
    Path folder;

    @Test
    void readsTheServersItUsesAndSkipsTheRest() throws Exception {
        IspdbConfig config = read("quirky-hosting.xml");

        assertThat(config.providerName()).isEqualTo("Quirky Hosting");
        assertThat(config.isFor("QUIRKY.test")).isTrue();
        assertThat(config.isFor("quirky-alias.test")).as("domains are compared in lower case").isTrue();
        assertThat(config.candidates(ALICE))
                .extracting(Candidate::host, Candidate::port, Candidate::protocol, Candidate::security)
                .as("the exchange server and the one without a valid port are skipped; placeholders are filled")
                .containsExactly(
                        tuple("imap.quirky.test", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS),
                        tuple("alice.mailbox.quirky.test", 143, Protocol.IMAP, ConnectionSecurity.STARTTLS),
                        tuple("pop.quirky.test", 110, Protocol.POP3, ConnectionSecurity.NONE),
                        tuple("smtp.quirky.test", 465, Protocol.SMTP, ConnectionSecurity.SSL_TLS),
                        tuple("smtp.quirky.test", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS));
    }

    @Test
    void everyAuthenticationEntryIsKeptAndShownInWordsNeverAsTheFilesWord() throws Exception {
        Candidate imap = read("quirky-hosting.xml").candidates(ALICE).get(0);

        assertThat(imap.source()).isEqualTo(Source.ISPDB);
        assertThat(imap.detail()).contains("quirky-hosting.xml", "Quirky Hosting");
        assertThat(imap.signIn().methods()).containsExactly(AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT);
        assertThat(imap.signIn().passwordWillFail()).isFalse();
        assertThat(String.join("\n", imap.signIn().lines()))
                .contains("Sign-in: OAuth 2.0, password (sent inside the encrypted connection)")
                .doesNotContain("OAuth2").doesNotContain("password-cleartext");
    }

    @Test
    void theUsernameTemplateGivesTheLoginForTheAddress() throws Exception {
        List<Candidate> quirky = read("quirky-hosting.xml").candidates(ALICE);
        List<Candidate> localPart = read("localpart.test").candidates(EmailAddress.parse("Bob.Smith@localpart.test"));

        assertThat(quirky).extracting(c -> c.signIn().login())
                .containsExactly("alice@quirky.test", "alice", "alice@quirky.test", "alice@quirky.test", "alice@quirky.test");
        assertThat(localPart).extracting(c -> c.signIn().login()).containsOnly("Bob.Smith");
        assertThat(localPart.get(0).signIn().loginLine())
                .isEqualTo("Login: Bob.Smith (the part of the address before @)");
    }

    @Test
    void aProviderThatOnlyTakesOAuthSaysAPasswordLoginWillFail() throws Exception {
        List<Candidate> outlook = read("hotmail.com.xml").candidates(EmailAddress.parse("agent@hotmail.com"));

        assertThat(outlook).extracting(Candidate::label).containsExactly("outlook.office365.com:993 · IMAP · SSL/TLS",
                "outlook.office365.com:995 · POP3 · SSL/TLS", "smtp-mail.outlook.com:587 · SMTP · STARTTLS");
        assertThat(outlook).allSatisfy(c -> {
            assertThat(c.signIn().passwordWillFail()).isTrue();
            assertThat(c.signIn().lines().get(0)).startsWith("This server signs in with OAuth 2.0 only: a login with a "
                    + "password will fail.");
        });
    }

    @Test
    void theEnableInstructionAndTheDocumentationGoWithEveryCandidate() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Candidate imap = read("localpart.test").candidates(EmailAddress.parse("bob@localpart.test")).get(0);

            assertThat(imap.signIn().steps()).containsExactly(
                    "Before the first sign-in: Enable IMAP access in the web mail settings first. "
                            + "(https://mail.localpart.test/settings/imap)",
                    "The provider's instructions: Mail program settings (https://localpart.test/help/clients)");
            Locale.setDefault(Locale.GERMAN);
            assertThat(read("localpart.test").steps().get(0)).contains("Aktivieren Sie IMAP");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anOldStartsslIsStarttlsAndAnUnknownSocketTypeIsNamedInANote() throws Exception {
        IspdbConfig config = read("localpart.test");

        assertThat(config.candidates(EmailAddress.parse("bob@localpart.test")))
                .extracting(Candidate::host, Candidate::protocol, Candidate::security).containsExactly(
                        tuple("imap.localpart.test", Protocol.IMAP, ConnectionSecurity.SSL_TLS),
                        tuple("smtp.localpart.test", Protocol.SMTP, ConnectionSecurity.STARTTLS));
        assertThat(config.notes()).containsExactly("In localpart.test, the POP3 server pop.localpart.test was skipped: "
                + "its socketType \"TLS\" is none of SSL, STARTTLS and plain.");
    }

    @Test
    void aFileForAnyDomainServesTheDomainItIsNamedAfter() throws Exception {
        IspdbConfig config = read("selfhosted.test.xml");

        assertThat(config.isFor("selfhosted.test")).isTrue();
        assertThat(config.isFor("%emaildomain%")).isFalse();
        assertThat(config.candidates(EmailAddress.parse("desk@selfhosted.test"))).extracting(Candidate::host)
                .containsOnly("mail.selfhosted.test");
        byte[] sameFile = IspdbReaderTest.class.getResourceAsStream("selfhosted.test.xml").readAllBytes();
        assertThatThrownBy(() -> IspdbReader.read(sameFile, "config-v1.1.xml"))
                .isInstanceOf(IspdbFormatException.class)
                .hasMessage("The configuration file config-v1.1.xml is written for any domain (its domain is "
                        + "%EMAILDOMAIN%) and its name is not a domain, so Mailroom cannot tell which addresses it "
                        + "serves: rename it after the domain, for example example.com.xml.");
    }

    @Test
    void theAddressPlaceholderIsTheWholeAddress() throws Exception {
        String xml = """
                <clientConfig><emailProvider id="x"><domain>x.test</domain>
                <incomingServer type="imap"><hostname>%EMAILADDRESS%.example</hostname><port>993</port>
                <socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>""";

        IspdbConfig config = IspdbReader.read(bytes(xml), "x.xml");

        assertThat(config.candidates(EmailAddress.parse("bob@x.test")).get(0).host()).isEqualTo("bob@x.test.example");
    }

    @Test
    void aMalformedFileIsRefusedWithItsName() {
        String broken = "<clientConfig><emailProvider id=\"x\"><domain>x.test</domain></clientConfig>";

        assertThatThrownBy(() -> IspdbReader.read(bytes(broken), "broken.xml"))
                .isInstanceOf(IspdbFormatException.class)
                .hasMessage("The configuration file broken.xml is not well-formed XML (the first error is at line 1, "
                        + "column 62) and was skipped: correct it or remove it from the ispdb folder.");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<clientConfig><emailProvider id=\"x\"><domain>x.test</domain><displayName>&leak;</displayName>"
                + "</emailProvider></clientConfig>";

        assertThatThrownBy(() -> IspdbReader.read(bytes(xxe), "xxe.xml"))
                .isInstanceOf(IspdbFormatException.class)
                .hasMessageContaining("xxe.xml").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET").hasMessageNotContaining("http://");
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> IspdbReader.read(bytes("<html><body/></html>"), "page.xml"))
                .isInstanceOf(IspdbFormatException.class).hasMessageContaining("page.xml").hasMessageContaining("<html>");
    }

    @Test
    void theAdminsFolderComesBeforeTheBundledFilesAndEveryFileThatCannotBeUsedIsANote() throws IOException {
        copy("gmx-override.xml");
        copy("localpart.test");
        Files.writeString(folder.resolve("half.xml"), "<clientConfig><emailProvider>");
        Files.writeString(folder.resolve("readme.txt"), "Put the provider files here.");
        Files.writeString(folder.resolve(".DS_Store"), "hidden: not the admin's configuration");
        List<String> notes = new ArrayList<>();

        IspdbLibrary library = IspdbLibrary.load(folder);

        assertThat(library.candidates(EmailAddress.parse("x@gmx.net"), "gmx.net", notes::add))
                .extracting(Candidate::host).containsExactly("relay.corp.test");
        assertThat(library.candidates(EmailAddress.parse("x@web.de"), "web.de", notes::add))
                .extracting(Candidate::host).containsExactly("imap.web.de", "pop3.web.de", "smtp.web.de");
        assertThat(library.candidates(EmailAddress.parse("x@localpart.test"), "localpart.test", notes::add))
                .as("a file without .xml, as autoconfig serves it").extracting(Candidate::host)
                .containsExactly("imap.localpart.test", "smtp.localpart.test");
        assertThat(notes).as("the skipped server of the file used").singleElement().asString().contains("POP3");
        assertThat(library.notes()).containsExactly(
                "The configuration file half.xml is not well-formed XML (the first error is at line 1, column 30) and "
                        + "was skipped: correct it or remove it from the ispdb folder.",
                "The file readme.txt in the ispdb folder is not an ISPDB configuration file (it is not XML) and was "
                        + "skipped: remove it from the folder.");
    }

    @Test
    void everyBundledFileReadsAndAMissingFolderIsFine() {
        List<String> notes = new ArrayList<>();

        IspdbLibrary library = IspdbLibrary.load(folder.resolve("does-not-exist"));

        for (String domain : List.of("gmx.net", "gmx.de", "web.de", "zoho.com", "aol.com")) {
            assertThat(library.candidates(EmailAddress.parse("x@" + domain), domain, notes::add)).as(domain).isNotEmpty()
                    .allSatisfy(c -> c.toMailServer());
        }
        assertThat(notes).isEmpty();
        assertThat(library.notes()).isEmpty();
    }

    private static IspdbConfig read(String resource) throws Exception {
        try (InputStream in = IspdbReaderTest.class.getResourceAsStream(resource)) {
            return IspdbReader.read(in.readAllBytes(), resource);
        }
    }

    private void copy(String resource) throws IOException {
        try (InputStream in = IspdbReaderTest.class.getResourceAsStream(resource)) {
            Files.copy(in, folder.resolve(resource));
        }
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
