package org.mailroom.mail;

/**
 * One connection test, of a mail server ({@link MailProbe}) or of a Graph or EWS mailbox
 * ({@link org.mailroom.mail.cloud.CloudProbe}): {@link #run()} blocks and never throws, {@link #cancel()} may come
 * from any thread, before or during the run. Test all runs any mix of them.
 */
public interface ConnectionProbe {

    ProbeResult run();

    void cancel();

    /**
     * The server this test connects to, as "host:port" (a Graph or EWS test: its API's host), so Test all can bound the
     * tests that run at once against each server; "" for a test that reaches no server.
     */
    String server();
}
