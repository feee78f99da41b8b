package org.mailroom.mail;

/**
 * One connection test, of a mail server ({@link MailProbe}) or of a Graph or EWS mailbox
 * ({@link org.mailroom.mail.cloud.CloudProbe}): {@link #run()} blocks and never throws, {@link #cancel()} may come
 * from any thread, before or during the run. Test all runs any mix of them.
 */
public interface ConnectionProbe {

    ProbeResult run();

    void cancel();
}
