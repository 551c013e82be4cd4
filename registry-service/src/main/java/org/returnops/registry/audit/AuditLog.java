package org.returnops.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Records reads of personal data in the same transaction as the read. */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    public enum Action { READ, SEARCH, EXPORT }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, Action action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action.name();
        entry.subject = subject;
        entry.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        persist(entry);
    }
}
