package org.returnops.gateway.web.session;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.gateway.web.WebConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a person's password against the stored bcrypt hash and locks a login name after repeated
 * failures: {@code web.login.max-failures} wrong passwords in a row lock it for {@code web.login.lockout},
 * whatever password comes next. An unknown name costs the same bcrypt check as a wrong password.
 */
@ApplicationScoped
public class WebUsers {

    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), 10);

    @Inject WebConfig config;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public sealed interface Outcome {
    }

    public record Accepted(WebConfig.User account) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    public record Locked(Instant until) implements Outcome {
    }

    public Outcome login(String name, String password) {
        String key = name == null ? "" : name.strip();
        Instant now = clock.instant();
        Failures past = failures.get(key);
        if (past != null && past.lockedUntil() != null && now.isBefore(past.lockedUntil())) {
            return new Locked(past.lockedUntil());
        }
        WebConfig.User account = config.users().get(key);
        boolean matches = BcryptUtil.matches(password == null ? "" : password,
                account == null ? UNKNOWN_USER_HASH : account.passwordHash());
        if (matches && account != null) {
            failures.remove(key);
            return new Accepted(account);
        }
        Failures after = failures.compute(key, (k, old) -> {
            int count = (old == null || old.lockedUntil() != null ? 0 : old.count()) + 1;
            return new Failures(count, count >= config.login().maxFailures() ? now.plus(config.login().lockout()) : null);
        });
        return after.lockedUntil() != null ? new Locked(after.lockedUntil()) : new Refused();
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
