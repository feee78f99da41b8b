package org.mailroom.testing;

import com.microsoft.aad.msal4j.IHttpResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTPS server on 127.0.0.1 (the JDK's {@link HttpsServer}) standing in for Microsoft Graph, EWS and the
 * identity provider at once: the tests script an answer per path, and it serves an OIDC authority
 * ({@code /TENANT/v2.0}: discovery, token endpoint, user realm) whose token answers are {@link FakeIdentityProvider}'s.
 */
public final class LocalHttpsServer implements AutoCloseable {

    /** One scripted answer; it may sleep to play a slow server. */
    public interface Handler {
        Reply answer(Request request) throws Exception;
    }

    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    public record Reply(int status, String contentType, String body, Map<String, String> headers) {
        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, Map.of());
        }

        public static Reply xml(int status, String body) {
            return new Reply(status, "text/xml; charset=utf-8", body, Map.of());
        }

        /** No answer at all: the connection is closed, as a server closes a kept-alive one it just timed out. */
        public static Reply hangUp() {
            return new Reply(-1, "", "", Map.of());
        }

        public Reply with(String header, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(header, value);
            return new Reply(status, contentType, body, Map.copyOf(more));
        }
    }

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile FakeIdentityProvider.Answer tokenAnswer;

    public LocalHttpsServer(TestTls certificate) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://127.0.0.1:PORT}. */
    public URI base() {
        return URI.create("https://127.0.0.1:" + port());
    }

    /** The OIDC authority msal4j is given: {@code https://127.0.0.1:PORT/TENANT/v2.0}. */
    public String authority() {
        return base() + "/" + FakeIdentityProvider.TENANT + "/v2.0";
    }

    /** Answers requests whose path (without the query) is exactly this. */
    public LocalHttpsServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** What the token endpoint answers, e.g. {@link FakeIdentityProvider#appOnlyToken}. */
    public LocalHttpsServer tokens(FakeIdentityProvider.Answer answer) {
        tokenAnswer = answer;
        return this;
    }

    public List<Request> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            Reply reply;
            try {
                reply = reply(request);
            } catch (InterruptedException e) {
                return; // the server is closing
            } catch (Exception e) {
                reply = Reply.json(500, "{\"error\":\"test server: " + e + "\"}");
            }
            if (reply.status() < 0) {
                return; // closing the exchange before any header closes the connection
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            if (request.header("client-request-id") != null) { // as Microsoft's endpoints answer msal4j
                exchange.getResponseHeaders().set("client-request-id", request.header("client-request-id"));
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client hung up (a cancelled or timed out test): nothing to answer
        }
    }

    private Reply reply(Request request) throws Exception {
        String tenant = "/" + FakeIdentityProvider.TENANT;
        if (request.path().equals(tenant + "/v2.0/.well-known/openid-configuration")) {
            return Reply.json(200, "{\"issuer\":\"" + authority() + "\",\"authorization_endpoint\":\"" + authority()
                    + "/oauth2/v2.0/authorize\",\"token_endpoint\":\"" + base() + tenant + "/oauth2/v2.0/token\","
                    + "\"device_authorization_endpoint\":\"" + base() + tenant + "/oauth2/v2.0/devicecode\"}");
        }
        if (request.path().contains("/userrealm/")) {
            return Reply.json(200, "{\"ver\":\"1.0\",\"account_type\":\"Managed\",\"domain_name\":\"contoso.com\","
                    + "\"cloud_instance_name\":\"microsoftonline.com\",\"cloud_audience_urn\":\"urn:federation:MicrosoftOnline\"}");
        }
        if (request.path().endsWith("/oauth2/v2.0/token") && tokenAnswer != null) {
            IHttpResponse answer = tokenAnswer.answer(null);
            return Reply.json(answer.statusCode(), answer.body());
        }
        Handler handler = handlers.get(request.path());
        return handler == null ? Reply.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no script for "
                + request.path() + "\"}}") : handler.answer(request);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
