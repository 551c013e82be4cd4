package org.returnops.gateway.auth;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.gateway.proxy.GatewayConfig;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth 2.0 client-credentials token endpoint (RFC 6749 section 4.4) and the key set that verifies
 * its tokens. Errors follow RFC 6749 section 5.2 ({@code {"error": ...}}), not problem+json, because
 * OAuth clients (Swagger UI's "Authorize" among them) read that format.
 */
@PermitAll
@Path("/auth")
@Tag(name = "Authentication", description = "Partner clients obtain their access token")
public class TokenResource {

    private static final String NO_STORE = "no-store";

    @Inject PartnerTokens tokens;
    @Inject SigningKey key;

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Get an access token (client credentials)",
            description = "OAuth 2.0 client-credentials grant (RFC 6749 section 4.4). Authenticate with HTTP Basic"
                    + " (client id and secret) or with the form fields client_id and client_secret. The token is a"
                    + " signed JWT carrying the partner's organisation (claim org) and roles (claim groups); send it"
                    + " as Authorization: Bearer <token> on every /api/v1 call.")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class),
                    examples = @ExampleObject(name = "token", value = """
                            {"access_token": "eyJraWQiOi...", "token_type": "Bearer", "expires_in": 900}""")))
    @APIResponse(responseCode = "400", description = "grant_type missing or not client_credentials, or credentials sent twice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class),
                    examples = @ExampleObject(name = "unsupported grant", value = """
                            {"error": "unsupported_grant_type", "error_description": "Only client_credentials is supported."}""")))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class),
                    examples = @ExampleObject(name = "invalid client", value = """
                            {"error": "invalid_client", "error_description": "Unknown client or wrong secret."}""")))
    public Response token(@FormParam("grant_type") String grantType,
            @FormParam("client_id") String formClientId,
            @FormParam("client_secret") String formSecret,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<String[]> basic = basic(authorization);
        if (basic.isPresent() && (formClientId != null || formSecret != null)) {
            return error(400, "invalid_request", "Send the client credentials once: HTTP Basic or form fields, not both.");
        }
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is missing; use client_credentials.");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }
        String clientId = basic.map(pair -> pair[0]).orElse(formClientId);
        String secret = basic.map(pair -> pair[1]).orElse(formSecret);
        if (clientId == null || clientId.isBlank() || secret == null) {
            return error(401, "invalid_client", "Client authentication is missing: send HTTP Basic or client_id"
                    + " and client_secret.");
        }
        Optional<GatewayConfig.Partner> partner = tokens.authenticate(clientId, secret);
        if (partner.isEmpty()) {
            return error(401, "invalid_client", "Unknown client or wrong secret.");
        }
        PartnerTokens.Issued issued = tokens.issue(clientId, partner.get());
        return Response.ok(new TokenView(issued.token(), "Bearer", issued.expiresIn()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).header("Pragma", "no-cache").build();
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "The keys that verify access tokens",
            description = "The gateway's public signing key as a JSON Web Key Set (RFC 7517); services verify tokens"
                    + " with it (mp.jwt.verify.publickey.location).")
    @APIResponse(responseCode = "200", description = "The key set")
    public Map<String, Object> jwks() {
        return key.jwks();
    }

    /** The credentials of an HTTP Basic header, form-urlencoded before Base64 as RFC 6749 section 2.3.1 says. */
    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response error(int status, String error, String description) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new TokenError(error, description))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).header("Pragma", "no-cache");
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"return-ops\"");
        }
        return response.build();
    }

    /** A successful token response (RFC 6749 section 5.1). */
    @Schema(name = "TokenResponse")
    public record TokenView(
            @JsonProperty("access_token") @Schema(description = "The signed JWT") String accessToken,
            @JsonProperty("token_type") @Schema(description = "Always Bearer", example = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Seconds until the token expires", example = "900")
            long expiresIn) {
    }

    /** A token error (RFC 6749 section 5.2). */
    @Schema(name = "TokenError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenError(
            @Schema(description = "invalid_request, invalid_client or unsupported_grant_type", example = "invalid_client")
            String error,
            @JsonProperty("error_description") @Schema(description = "What went wrong, for a developer")
            String errorDescription) {
    }
}
