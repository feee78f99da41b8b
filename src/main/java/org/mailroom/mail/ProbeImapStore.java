package org.mailroom.mail;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.mailroom.mail.ProbeExceptions.MechanismNotOfferedException;

/**
 * Angus' IMAP store with one guard: when the test logs in with XOAUTH2, the server must advertise it.
 * Angus would otherwise send the token with LOGIN, and a server accepting that would pass a test the real
 * OAuth login fails. {@code preLogin} is Angus' hook between capabilities (after STARTTLS) and login.
 * Public with this constructor because Jakarta Mail instantiates stores reflectively.
 */
public class ProbeImapStore extends IMAPStore {

    public ProbeImapStore(Session session, URLName url) {
        super(session, url, "imap", false);
    }

    @Override
    protected void preLogin(IMAPProtocol protocol) throws ProtocolException {
        String required = session.getProperty("mail." + name + ".auth.mechanisms");
        if (required != null && !required.isBlank() && !protocol.hasCapability("AUTH=" + required.strip())) {
            throw new MechanismNotOfferedException("The server does not offer AUTH=" + required.strip());
        }
    }
}
