package org.returnops.messaging.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.MDC;
import org.returnops.contracts.CorrelationIds;
import org.returnops.platform.security.PartnerIdentity;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a read or change of personal data in the audit trail ({@code audit_record}), in the
 * transaction of the work when there is one: who (the verified partner and its organisation, from the
 * token), what (the action, the operation, the people concerned), when, and the request id. Services
 * call it where personal data leaves or changes; the auditor reads the rows ({@link AuditResource}).
 */
@ApplicationScoped
public class Audit {

    /** What was done with the personal data. */
    public enum Action { READ, SEARCH, EXPORT, CHANGE }

    private static final int MAX_DETAIL = 2000;
    /** The partner named when the work was not a partner's request (a scheduled job, an event). */
    static final String SYSTEM = "system";

    @Inject EntityManager entityManager;
    @Inject PartnerIdentity partner;

    /** A read of the records of the given people. */
    public void read(String operation, Collection<UUID> people) {
        record(Action.READ, operation, people, null);
    }

    /** A change of the record of one person. */
    public void change(String operation, UUID person, String detail) {
        record(Action.CHANGE, operation, java.util.List.of(person), detail);
    }

    /**
     * One row for the current request's partner.
     *
     * @param operation what was called, in the service's words ({@code migrant.read}, {@code manifest.csv})
     * @param people    the people whose data was read or changed (may be empty, e.g. an export's filters)
     * @param detail    filters or changed fields; never the personal data itself
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Action action, String operation, Collection<UUID> people, String detail) {
        Object requestId = MDC.get(CorrelationIds.MDC_KEY);
        UUID[] concerned = people.stream().distinct().toArray(UUID[]::new);
        Optional<PartnerIdentity> caller = Arc.container().requestContext().isActive() ? Optional.of(partner)
                : Optional.empty();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_record (partner, organisation, action, operation, people, detail, request_id)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, caller.map(PartnerIdentity::clientId).flatMap(id -> id).orElse(SYSTEM));
                insert.setString(2, caller.map(PartnerIdentity::organisation).flatMap(org -> org).orElse(null));
                insert.setString(3, action.name());
                insert.setString(4, operation);
                insert.setArray(5, connection.createArrayOf("uuid", concerned));
                insert.setString(6, detail == null || detail.length() <= MAX_DETAIL ? detail
                        : detail.substring(0, MAX_DETAIL));
                insert.setString(7, requestId == null ? null : requestId.toString());
                insert.executeUpdate();
            }
        });
    }
}
