package org.mailroom.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.text.Text;

/**
 * What a source says about signing in to a server: the login for the address (from a {@code <username>} template),
 * the methods the server accepts, and the steps the provider asks for first ("enable IMAP access in the web
 * settings", "create an app password"). Every part may be unknown: DNS and guesses know nothing about sign-in.
 *
 * @param loginTemplate the template as the source wrote it, e.g. {@code %EMAILLOCALPART%}; empty when unknown
 * @param login         the template filled for the address; empty when unknown or when a placeholder is not one
 *                      Mailroom can fill
 * @param methods       in the source's order; empty when unknown
 * @param steps         sentences for the admin, each with its web address when the source gave one
 */
public record SignIn(String loginTemplate, String login, List<AuthMethod> methods, List<String> steps) {

    public static final SignIn UNKNOWN = new SignIn("", "", List.of(), List.of());

    public SignIn {
        methods = List.copyOf(methods);
        steps = List.copyOf(steps);
    }

    static SignIn of(String loginTemplate, EmailAddress address, List<AuthMethod> methods, List<String> steps) {
        String filled = loginTemplate.isEmpty() ? "" : address.fill(loginTemplate);
        return new SignIn(loginTemplate, filled.contains("%") ? "" : filled, methods, steps);
    }

    public boolean knowsLogin() {
        return !login.isEmpty();
    }

    /** The server accepts none of the methods that sign in with the form's login and password (OAuth 2.0 only...). */
    public boolean passwordWillFail() {
        return !methods.isEmpty() && methods.stream().noneMatch(AuthMethod::usesPassword);
    }

    /** This sign-in where it says something, the fallback's where it does not; the steps of both. */
    SignIn or(SignIn fallback) {
        LinkedHashSet<String> bothSteps = new LinkedHashSet<>(steps);
        bothSteps.addAll(fallback.steps);
        return new SignIn(loginTemplate.isEmpty() ? fallback.loginTemplate : loginTemplate,
                loginTemplate.isEmpty() ? fallback.login : login,
                methods.isEmpty() ? fallback.methods : methods, List.copyOf(bothSteps));
    }

    /** "Sign in as alice (the part of the address before @)": empty when the login is unknown. */
    public String loginLine() {
        if (loginTemplate.isEmpty()) {
            return "";
        }
        return login.isEmpty() ? Text.get("detect.signIn.loginUnfilled", loginTemplate)
                : Text.get("detect.signIn.login", login, templateMeaning());
    }

    /** Everything the admin should read before the first sign-in, one line each; the warning first. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (passwordWillFail()) {
            lines.add(Text.get(methods.contains(AuthMethod.OAUTH2) ? "detect.signIn.oauthOnly" : "detect.signIn.noPassword",
                    methodLabels()));
        }
        if (!loginTemplate.isEmpty()) {
            lines.add(loginLine());
        }
        if (!methods.isEmpty() && !passwordWillFail()) {
            lines.add(Text.get("detect.signIn.methods", methodLabels()));
        }
        lines.addAll(steps);
        return lines;
    }

    private String methodLabels() {
        return methods.stream().map(AuthMethod::label).collect(Collectors.joining(", "));
    }

    private String templateMeaning() {
        return switch (loginTemplate) {
            case "%EMAILADDRESS%" -> Text.get("detect.signIn.template.address");
            case "%EMAILLOCALPART%" -> Text.get("detect.signIn.template.localPart");
            default -> Text.get("detect.signIn.template.other", loginTemplate);
        };
    }
}
