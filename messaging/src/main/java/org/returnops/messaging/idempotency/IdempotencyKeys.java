package org.returnops.messaging.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.returnops.contracts.EventJson;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Retries that create nothing twice (the {@code Idempotency-Key} request header of the IETF HTTPAPI draft): a
 * partner that did not hear the answer to a creating request (a timeout, a dropped connection, the gateway's 503
 * "may or may not have been carried out") sends it again with the same key and gets the resource the first one
 * created. The key is remembered per partner, with the operation and a digest of the request, in the same
 * transaction as what the request created, so a crash leaves both or neither. The same key with another request
 * is a 422; a second request with a key whose first is still being carried out is a 409.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The request header that carries the key. */
    public static final String HEADER = "Idempotency-Key";

    /** How the header is described to partners in the OpenAPI document of each operation that takes it. */
    public static final String DESCRIPTION = "A key of your choice (1 to 255 visible ASCII characters; a fresh UUID "
            + "per request is best). Send a request again with the same key when you did not get its answer: what "
            + "the first one created is answered again, nothing is created twice. Keys are per partner.";

    /** What a key may be: 1 to 255 visible ASCII characters (a UUID is the usual choice). */
    public static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject EntityManager entityManager;

    /** The response header that marks an answer given again to a retry: {@code Idempotent-Replayed: true}. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** What a creating request answered: the resource, and whether an earlier request had created it. */
    public record Once<T>(T resource, boolean replayed) {
    }

    /**
     * Creates the resource once per key, in the caller's transaction: without a key it always creates; with a key
     * seen before (same operation and request) it creates nothing and loads what the first request created.
     *
     * @param create creates the resource
     * @param id     the id of a created resource, remembered with the key
     * @param load   reads the resource an earlier request created, by its id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Once<T> once(Optional<Key> key, Supplier<T> create, Function<T, UUID> id, Function<UUID, T> load) {
        Optional<UUID> earlier = key.flatMap(this::earlier);
        if (earlier.isPresent()) {
            return new Once<>(load.apply(earlier.get()), true);
        }
        T created = create.get();
        key.ifPresent(used -> remember(used, id.apply(created)));
        return new Once<>(created, false);
    }

    /** A creating request's key: who sent it, the key, the operation and a digest of the request. */
    public record Key(String partner, String value, String operation, String digest) {

        /**
         * The key of a request, if the header is present; a header that is not a valid key is a 400 naming it.
         *
         * @param request the validated request as the service reads it (its JSON is what the digest is of)
         */
        public static Optional<Key> of(String header, String partner, String operation, Object request) {
            if (header == null) {
                return Optional.empty();
            }
            if (!VALID.matcher(header).matches()) {
                throw new InvalidRequest(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
            }
            return Optional.of(new Key(partner, header, operation, digest(operation, request)));
        }

        private static String digest(String operation, Object request) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(operation.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(EventJson.MAPPER.writeValueAsBytes(request));
                return HexFormat.of().formatHex(sha256.digest());
            } catch (NoSuchAlgorithmException | JsonProcessingException e) {
                throw new IllegalStateException("cannot digest the request of " + operation, e);
            }
        }
    }

    /**
     * The resource an earlier request with this key created, if there was one; a key used before for another
     * operation or another request is refused (422).
     */
    private Optional<UUID> earlier(Key key) {
        List<?> rows = entityManager.createNativeQuery("""
                        select operation, request_digest, resource_id from idempotency_key
                        where partner = :partner and idempotency_key = :key""")
                .setParameter("partner", key.partner()).setParameter("key", key.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!key.operation().equals(row[0]) || !key.digest().equals(row[1])) {
            throw new KeyReused(key);
        }
        return Optional.of((UUID) row[2]);
    }

    /**
     * Remembers that the request with this key created the resource, in the caller's transaction. When another
     * request with the same key got there first (both in flight at once), the caller's transaction fails with a 409
     * and creates nothing.
     */
    private void remember(Key key, UUID resourceId) {
        try {
            entityManager.createNativeQuery("""
                            insert into idempotency_key (partner, idempotency_key, operation, request_digest, resource_id)
                            values (:partner, :key, :operation, :digest, :resource)""")
                    .setParameter("partner", key.partner()).setParameter("key", key.value())
                    .setParameter("operation", key.operation()).setParameter("digest", key.digest())
                    .setParameter("resource", resourceId).executeUpdate();
        } catch (PersistenceException clash) {
            throw new DomainProblem.Conflict("Another request with " + HEADER + " " + key.value()
                    + " is being carried out; send this one again once it has been answered.");
        }
    }

    /** The same key sent with another request: a client error, nothing is done. */
    public static class KeyReused extends DomainProblem {
        KeyReused(Key key) {
            super(422, "idempotency-key-reused", "Idempotency key reused", HEADER + " " + key.value()
                    + " was sent before with another request; use a new key for a new request.");
        }
    }
}
