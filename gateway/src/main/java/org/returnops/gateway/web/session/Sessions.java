package org.returnops.gateway.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.NewCookie;
import org.returnops.gateway.web.WebConfig;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of people logged in to the pages, kept in the gateway's memory: a restart logs
 * everyone out. The cookie holds only a random id; it is HttpOnly, SameSite=Strict, and Secure when the
 * page came over TLS. Each session has its own random CSRF token, required on every form and htmx post
 * (synchronizer token): the double-submit cookie of quarkus-rest-csrf would also apply to the partners'
 * form-encoded {@code POST /auth/token}, which has no page and no cookie.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "returnops-session";
    /** The form field, and the header htmx sends, holding the session's CSRF token. */
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> live = new ConcurrentHashMap<>();
    private final WebConfig config;
    private final Clock clock;

    public Sessions(WebConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    public WebSession open(String user, WebConfig.User account) {
        WebSession session = new WebSession(random(), user, account.organisation(), Set.copyOf(account.roles()),
                random(), clock.instant());
        live.put(session.id(), session);
        return session;
    }

    /** The live session of this cookie value, its idle time restarted; else {@link NotLoggedIn}. */
    public WebSession require(String cookie) {
        return find(cookie).orElseThrow(NotLoggedIn::new);
    }

    public Optional<WebSession> find(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        WebSession session = live.computeIfPresent(cookie, (id, s) ->
                s.lastSeen().plus(config.sessionIdleTimeout()).isBefore(now) ? null : s.touched(now));
        live.values().removeIf(s -> s.lastSeen().plus(config.sessionIdleTimeout()).isBefore(now));
        return Optional.ofNullable(session);
    }

    /** Refuses (403) a state change whose CSRF token is not the session's. */
    public void checkCsrf(WebSession session, String token) {
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("The form is out of date or came from another site; reload the page.");
        }
    }

    public void close(String cookie) {
        if (cookie != null) {
            live.remove(cookie);
        }
    }

    public static NewCookie cookie(String value, boolean secure, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
