package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.mailroom.mail.ProbeExceptions.UntrustedCertificateException;
import org.mailroom.testing.TestTls;

/** The system's verdict on a lone self-signed certificate: trusted when its store carries it, else only by its pin. */
class PinningTrustManagerTest {

    private static final X509Certificate[] LONE = {TestTls.LOCALHOST.certificate()};

    @Test
    void aSelfSignedCertificateTheSystemStoreCarriesIsTrustedWithoutAPin() throws Exception {
        TlsObservation seen = new TlsObservation();

        new PinningTrustManager(trusting(TestTls.LOCALHOST.certificate()), null, seen, Clock.systemUTC()).checkServerTrusted(LONE, "RSA");

        assertThat(seen.snapshot().chainTrusted()).isTrue();
        assertThat(seen.snapshot().pinned()).isFalse();
    }

    @Test
    void oneTheSystemStoreDoesNotCarryIsUntrustedAndSaysSoUnlessPinned() throws Exception {
        X509ExtendedTrustManager system = trusting(TestTls.OTHER_HOST.certificate()); // another self-signed one

        assertThatThrownBy(() -> new PinningTrustManager(system, null, new TlsObservation(), Clock.systemUTC()).checkServerTrusted(LONE, "RSA"))
                .isInstanceOf(UntrustedCertificateException.class)
                .hasRootCauseInstanceOf(CertPathBuilderException.class) // what the classification reads as "untrusted"
                .hasRootCauseMessage("issued by CN=localhost, O=Mailroom tests, which this workstation does not trust"); // the report's words

        TlsObservation seen = new TlsObservation();
        new PinningTrustManager(system, TestTls.LOCALHOST.sha256(), seen, Clock.systemUTC()).checkServerTrusted(LONE, "RSA");
        assertThat(seen.snapshot().chainTrusted()).isFalse();
        assertThat(seen.snapshot().pinned()).isTrue();
    }

    @Test
    void theMachinesOwnStoreDoesNotTrustTheTestCertificate() throws Exception {
        TlsObservation seen = new TlsObservation();

        new PinningTrustManager(PinningTrustManager.systemDefault(), TestTls.LOCALHOST.sha256(), seen, Clock.systemUTC())
                .checkServerTrusted(LONE, "RSA");

        assertThat(seen.snapshot().chainTrusted()).isFalse();
        assertThat(seen.snapshot().pinned()).isTrue();
    }

    /** A system trust store holding exactly these certificates. */
    private static X509ExtendedTrustManager trusting(X509Certificate... authorities) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < authorities.length; i++) {
            store.setCertificateEntry("ca-" + i, authorities[i]);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509ExtendedTrustManager) factory.getTrustManagers()[0];
    }
}
