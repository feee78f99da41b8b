package org.mailroom.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-process Microsoft identity platform for msal4j: answers user realm and token requests, records them. */
public final class FakeIdentityProvider implements IHttpClient {

    public static final String TENANT = "11111111-2222-3333-4444-555555555555";
    public static final String CLIENT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    /** What the token endpoint says next: a token for these claims, an error, a refusal to connect, or silence. */
    public interface Answer {
        IHttpResponse answer(HttpRequest request) throws Exception;
    }

    /** The claims' JSON as the app's own mapper for manifests writes it (indented). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<HttpRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Answer tokenAnswer;

    /** Every request msal4j sent, in order. */
    public List<HttpRequest> requests() {
        return requests;
    }

    public FakeIdentityProvider answering(Answer answer) {
        this.tokenAnswer = answer;
        return this;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        requests.add(request);
        if (request.url().getPath().contains("/userrealm/")) {
            return json(200, "{\"ver\":\"1.0\",\"account_type\":\"Managed\",\"domain_name\":\"contoso.com\","
                    + "\"cloud_instance_name\":\"microsoftonline.com\",\"cloud_audience_urn\":\"urn:federation:MicrosoftOnline\"}");
        }
        return tokenAnswer.answer(request);
    }

    /** An app-only token as Exchange Online gets it with client credentials. */
    public static Answer appOnlyToken(String audience, String... roles) {
        return request -> json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
                + "\"access_token\":\"" + jwt(Map.of("aud", audience, "tid", TENANT, "appid", CLIENT,
                "roles", List.of(roles), "exp", Instant.now().plusSeconds(3600).getEpochSecond())) + "\"}");
    }

    /** A delegated token: msal4j's cache also wants refresh_token, id_token and client_info. */
    public static Answer delegatedToken(String audience, String scp, String user) {
        return request -> {
            String access = jwt(Map.of("aud", audience, "tid", TENANT, "appid", CLIENT, "scp", scp, "upn", user,
                    "exp", Instant.now().plusSeconds(3600).getEpochSecond()));
            String id = jwt(Map.of("aud", CLIENT, "iss", "https://login.microsoftonline.com/" + TENANT + "/v2.0",
                    "tid", TENANT, "oid", "oid-1", "sub", "sub-1", "preferred_username", user,
                    "iat", Instant.now().getEpochSecond(), "exp", Instant.now().plusSeconds(3600).getEpochSecond()));
            String clientInfo = b64("{\"uid\":\"oid-1\",\"utid\":\"" + TENANT + "\"}");
            return json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"" + scp + "\","
                    + "\"access_token\":\"" + access + "\",\"refresh_token\":\"rt-1\",\"id_token\":\"" + id + "\","
                    + "\"client_info\":\"" + clientInfo + "\"}");
        };
    }

    /** Microsoft's error answer: the AADSTS code leads the description, trace ids follow on other lines. */
    public static Answer error(int status, String error, int code, String text) {
        return request -> json(status, "{\"error\":\"" + error + "\",\"error_description\":\"AADSTS" + code + ": "
                + text + "\\r\\nTrace ID: 0000\\r\\nCorrelation ID: 1111\\r\\nTimestamp: 2025-01-01 00:00:00Z\","
                + "\"error_codes\":[" + code + "],\"trace_id\":\"0000\",\"correlation_id\":\"1111\"}");
    }

    public static String jwt(Map<String, Object> claims) {
        try {
            return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(JSON.writeValueAsString(claims))
                    + ".c2lnbmF0dXJl";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static IHttpResponse json(int status, String body) {
        HttpResponse response = new HttpResponse().statusCode(status).body(body);
        response.addHeaders(Map.of("Content-Type", List.of("application/json; charset=utf-8")));
        return response;
    }
}
