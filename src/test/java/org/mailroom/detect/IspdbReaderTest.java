package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void everyAuthenticationEntryIsKeptForTheAdminToSee() throws Exception {
        Candidate imap = read("quirky-hosting.xml").candidates(ALICE).get(0);

        assertThat(imap.source()).isEqualTo(Source.ISPDB);
        assertThat(imap.detail()).contains("quirky-hosting.xml", "Quirky Hosting", "OAuth2, password-cleartext");
    }

    @Test
    void theAddressPlaceholderIsTheWholeAddress() throws Exception {
        String xml = """
                <clientConfig><emailProvider id="x"><domain>x.test</domain>
                <incomingServer type="imap"><hostname>%EMAILADDRESS%.example</hostname><port>993</port>
                <socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>""";

        IspdbConfig config = IspdbReader.read(stream(xml), "x.xml");

        assertThat(config.candidates(EmailAddress.parse("bob@x.test")).get(0).host()).isEqualTo("bob@x.test.example");
    }

    @Test
    void aMalformedFileIsRefusedWithItsName() {
        String broken = "<clientConfig><emailProvider id=\"x\"><domain>x.test</domain></clientConfig>";

        assertThatThrownBy(() -> IspdbReader.read(stream(broken), "broken.xml"))
                .isInstanceOf(IspdbFormatException.class)
                .hasMessageContaining("broken.xml").hasMessageContaining("not well-formed");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<clientConfig><emailProvider id=\"x\"><domain>x.test</domain><displayName>&leak;</displayName>"
                + "</emailProvider></clientConfig>";

        assertThatThrownBy(() -> IspdbReader.read(stream(xxe), "xxe.xml"))
                .isInstanceOf(IspdbFormatException.class)
                .hasMessageContaining("xxe.xml").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> IspdbReader.read(stream("<html><body/></html>"), "page.xml"))
                .isInstanceOf(IspdbFormatException.class).hasMessageContaining("page.xml").hasMessageContaining("html");
    }

    @Test
    void theAdminsFolderComesBeforeTheBundledFilesAndABrokenFileBecomesANote() throws IOException {
        copy("gmx-override.xml");
        Files.writeString(folder.resolve("half.xml"), "<clientConfig><emailProvider>");
        Files.writeString(folder.resolve("readme.txt"), "not a clientConfig file, and not read");
        List<String> notes = new ArrayList<>();

        IspdbLibrary library = IspdbLibrary.load(folder, notes::add);

        assertThat(library.candidates(EmailAddress.parse("x@gmx.net"), "gmx.net"))
                .extracting(Candidate::host).containsExactly("relay.corp.test");
        assertThat(library.candidates(EmailAddress.parse("x@web.de"), "web.de"))
                .extracting(Candidate::host).containsExactly("imap.web.de", "pop3.web.de", "smtp.web.de");
        assertThat(notes).singleElement().asString().contains("half.xml");
    }

    @Test
    void everyBundledFileReadsAndAMissingFolderIsFine() {
        List<String> notes = new ArrayList<>();

        IspdbLibrary library = IspdbLibrary.load(folder.resolve("does-not-exist"), notes::add);

        for (String domain : List.of("gmx.net", "gmx.de", "web.de", "zoho.com", "aol.com")) {
            assertThat(library.candidates(EmailAddress.parse("x@" + domain), domain)).as(domain).isNotEmpty()
                    .allSatisfy(c -> c.toMailServer());
        }
        assertThat(notes).isEmpty();
    }

    private static IspdbConfig read(String resource) throws Exception {
        try (InputStream in = IspdbReaderTest.class.getResourceAsStream(resource)) {
            return IspdbReader.read(in, resource);
        }
    }

    private void copy(String resource) throws IOException {
        try (InputStream in = IspdbReaderTest.class.getResourceAsStream(resource)) {
            Files.copy(in, folder.resolve(resource));
        }
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
