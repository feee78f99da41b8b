package org.mailroom.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Exchange Web Services endpoint: Exchange Online's {@value #EXCHANGE_ONLINE} or an on-premises server's URL,
 * always https (E-mail Server takes the security from the URL's scheme), and the mail folder read there
 * (E-mail Server's {@code folder-path}; empty means the Inbox, so the form starts with {@value #DEFAULT_FOLDER}).
 */
public record EwsEndpoint(String url, String folderPath) implements Endpoint {

    public static final String EXCHANGE_ONLINE = "https://outlook.office365.com/EWS/Exchange.asmx";
    public static final String DEFAULT_FOLDER = "Inbox";
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_FOLDER_LENGTH = 256;

    public EwsEndpoint {
        RuleViolationException.throwIfAny(check(url, folderPath));
        url = url.strip();
        folderPath = folderPath == null ? "" : folderPath.strip();
    }

    /** Every rule the typed values break, so a form can show them all at once. */
    public static List<Violation> check(String url, String folderPath) {
        List<Violation> violations = new ArrayList<>();
        checkUrl(url).ifPresent(violations::add);
        if (folderPath != null && (folderPath.length() > MAX_FOLDER_LENGTH || folderPath.codePoints().anyMatch(Character::isISOControl))) {
            violations.add(Violation.of(Field.FOLDER_PATH, "rule.folderPath", MAX_FOLDER_LENGTH));
        }
        return violations;
    }

    private static Optional<Violation> checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.required"));
        }
        String candidate = url.strip();
        if (candidate.length() > MAX_URL_LENGTH) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.ewsUrl.length", MAX_URL_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.ewsUrl.notUrl"));
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.ewsUrl.notUrl"));
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.ewsUrl.https"));
        }
        if (uri.getHost() == null || HostNames.check(uri.getHost().replaceAll("^\\[|\\]$", "")).isPresent()) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.ewsUrl.host"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(Violation.of(Field.EWS_URL, "rule.ewsUrl.userInfo"));
        }
        return Optional.empty();
    }

    public static EwsEndpoint exchangeOnline() {
        return new EwsEndpoint(EXCHANGE_ONLINE, DEFAULT_FOLDER);
    }

    @Override
    public MailboxKind kind() {
        return MailboxKind.EWS;
    }

    @Override
    public String host() {
        return URI.create(url).getHost().toLowerCase(Locale.ROOT);
    }

    @Override
    public String address() {
        return url;
    }

    /** 443 unless the URL names another; E-mail Server's {@code port} option. */
    public int port() {
        int port = URI.create(url).getPort();
        return port < 0 ? 443 : port;
    }

    /** The folder as E-mail Server reads {@code folder-path}: empty is the Inbox. */
    public String folderOrInbox() {
        return folderPath.isEmpty() ? DEFAULT_FOLDER : folderPath;
    }

    /** "https://outlook.office365.com/EWS/Exchange.asmx · EWS · Inbox". */
    @Override
    public String label() {
        return url + " · EWS · " + folderOrInbox();
    }

    @Override
    public String toString() {
        return label();
    }
}
