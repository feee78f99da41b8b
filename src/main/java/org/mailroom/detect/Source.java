package org.mailroom.detect;

import org.mailroom.text.Text;

/** Where a candidate came from, most trusted first: the order is the tie-breaker when ranking. */
public enum Source {
    /** Built into Mailroom: Exchange Online and a few large providers. */
    PRESET,
    /** An ISPDB clientConfig file, bundled or dropped into the data folder by the admin. */
    ISPDB,
    /** The domain publishes it in an RFC 6186 / RFC 8314 SRV record. */
    DNS_SRV,
    /** The domain's MX records point at a known provider. */
    MX,
    /** A common host name such as imap.example.com that answered like a mail server. */
    GUESS;

    /** "DNS SRV record", as the candidate list shows it. */
    public String label() {
        return Text.get("detect.source." + name());
    }
}
