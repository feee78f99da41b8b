package org.mailroom.domain;

/**
 * An exception whose message is written for the admin, in words, with the way out: it is shown as it
 * is. Any other failure is logged with its trace and shown as "something unexpected went wrong".
 */
public interface AdminMessage {

    String getMessage();
}
