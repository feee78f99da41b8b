package org.mailroom.mail.cloud;

import com.microsoft.aad.msal4j.HttpMethod;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * msal4j's HTTP calls made by the test's own client: the token request gets the same trust (a pinned
 * certificate included), timeouts, deadlines and masked transcript as the API calls, and what broke (a TLS
 * refusal, a refused connection) is kept for the classification, which msal4j's own message would hide.
 */
final class MsalOverApiHttp implements IHttpClient {

    /**
     * An authority's OIDC metadata, by its URL: msal4j asks for it again with every token request (for Microsoft's
     * own authorities it keeps instance discovery for the process; this does the same for an OIDC authority).
     */
    private static final Map<String, IHttpResponse> DISCOVERED = new ConcurrentHashMap<>();
    private static final int MAX_DISCOVERED = 32;

    /** Set by the JDK client itself; passing them on is refused. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final ApiHttp http;
    private volatile Throwable transportFailure;

    MsalOverApiHttp(ApiHttp http) {
        this.http = http;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        String url = request.url().toString();
        boolean discovery = request.httpMethod() == HttpMethod.GET && url.endsWith("/.well-known/openid-configuration");
        IHttpResponse known = discovery ? DISCOVERED.get(url) : null;
        if (known != null) {
            return known;
        }
        IHttpResponse answer = exchange(request);
        if (discovery && answer.statusCode() == 200 && DISCOVERED.size() < MAX_DISCOVERED) {
            DISCOVERED.put(url, answer);
        }
        return answer;
    }

    private IHttpResponse exchange(HttpRequest request) throws Exception {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url().toString()));
        String body = request.body();
        if (request.headers() != null) {
            request.headers().forEach((name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                    builder.header(name, value);
                }
            });
        }
        builder.method(request.httpMethod().methodName, body == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        try {
            ApiAnswer answer = http.send(builder, null, true);
            HttpResponse response = new HttpResponse().statusCode(answer.status()).body(answer.text());
            response.addHeaders(Map.copyOf(answer.headers().map()));
            return response;
        } catch (Exception e) {
            transportFailure = e;
            throw e;
        }
    }

    /** What the HTTP exchange with the identity provider threw, or null. */
    Throwable transportFailure() {
        return transportFailure;
    }
}
