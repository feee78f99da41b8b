package org.mailroom.mail.cloud;

import org.mailroom.oauth.TokenFailure;

/** What a cloud test throws to stop at a step; the classifier turns each into the admin's words. */
final class CloudExceptions {

    private CloudExceptions() {
    }

    /** The API answered, but not with success: its status and body say why. */
    static final class Refused extends Exception {
        private final transient ApiAnswer answer;

        Refused(ApiAnswer answer) {
            super("HTTP " + answer.status());
            this.answer = answer;
        }

        ApiAnswer answer() {
            return answer;
        }
    }

    /** EWS answered HTTP 200 with an error response code (ErrorNonExistentMailbox, ErrorFolderNotFound…). */
    static final class EwsError extends Exception {
        private final String code;
        private final String text;

        EwsError(String code, String text) {
            super(code);
            this.code = code;
            this.text = text;
        }

        String code() {
            return code;
        }

        String text() {
            return text;
        }
    }

    /** The identity provider gave no token. */
    static final class NoToken extends Exception {
        private final transient TokenFailure failure;
        private final transient Throwable transport;

        /** @param transport what the HTTP exchange with the identity provider threw, if it did (TLS, refused…) */
        NoToken(TokenFailure failure, Throwable transport) {
            super(failure.code(), transport);
            this.failure = failure;
            this.transport = transport;
        }

        TokenFailure failure() {
            return failure;
        }

        Throwable transport() {
            return transport;
        }
    }

    /** The token lacks an application permission the direction needs (Mail.Send for sending). */
    static final class MissingRole extends Exception {
        MissingRole(String role) {
            super(role);
        }
    }

    /** A success status whose body is not the API's answer (a proxy's page, another service on the URL). */
    static final class NotTheApi extends Exception {
        NotTheApi(String what) {
            super(what);
        }
    }

    /** A step or the whole test ran past its deadline; the message is already in the admin's words. */
    static final class Deadline extends Exception {
        Deadline(String worded) {
            super(worded);
        }
    }

    /** The admin cancelled the test. */
    static final class Cancelled extends Exception {
        Cancelled() {
            super("cancelled");
        }
    }
}
