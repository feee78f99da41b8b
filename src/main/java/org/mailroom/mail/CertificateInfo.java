package org.mailroom.mail;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What an admin needs to judge a server certificate, including the fingerprint to pin it by. */
public record CertificateInfo(String subject, List<String> subjectAltNames, String issuer, Instant notBefore,
                              Instant notAfter, String sha256) {

    public CertificateInfo {
        subjectAltNames = List.copyOf(subjectAltNames);
    }

    public static CertificateInfo of(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(), altNames(certificate),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Fingerprints.sha256(certificate));
    }

    private static List<String> altNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    // 2 = dNSName, 7 = iPAddress: the two kinds a host name check looks at
                    Object type = entry.get(0);
                    if (Integer.valueOf(2).equals(type) || Integer.valueOf(7).equals(type)) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            names.add("?");
        }
        return names;
    }
}
