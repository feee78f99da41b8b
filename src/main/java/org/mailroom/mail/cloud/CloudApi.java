package org.mailroom.mail.cloud;

/** The web APIs E-mail Server reaches Exchange mailboxes with, besides the mail protocols. */
public enum CloudApi {
    /** Microsoft Graph, app-only with a client secret (E-mail Server 8.5.205.03+). */
    GRAPH,
    /** Exchange Web Services: SOAP over HTTPS, Exchange Online (OAuth password grant) or an on-premises server. */
    EWS
}
