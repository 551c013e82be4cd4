package org.returnops.transport.convoy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.time.StoredTime;

import java.util.UUID;

@ApplicationScoped
public class ConvoyRepository implements PanacheRepositoryBase<Convoy, UUID> {

    public Convoy get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new ConvoyNotFound(id));
    }

    /** One page of the convoys (in one status, or all) by planned departure, with the number of all that match. */
    public Page<Convoy> page(ConvoyStatus status, Paging paging) {
        Sort order = Sort.by("plannedDeparture").and("createdAt").and("id");
        PanacheQuery<Convoy> found = status == null ? findAll(order) : find("status", order, status);
        return new Page<>(found.page(paging.page(), paging.size()).list(), found.count());
    }

    /**
     * Marks the convoy changed and writes every pending change now, so a concurrent change to the same convoy
     * (a stale version) or to the same people or vehicles (a unique index) is a 409 before any event is written.
     */
    public void touch(Convoy convoy) {
        convoy.updatedAt = StoredTime.now();
        try {
            flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                    throw new DomainProblem.Conflict("Convoy " + convoy.id + " was changed by someone else at the "
                            + "same time; read it again and retry.");
                }
                if (cause instanceof ConstraintViolationException) {
                    throw new DomainProblem.Conflict("A person or vehicle of convoy " + convoy.id + " was taken by "
                            + "another convoy at the same time; read it again and retry.");
                }
            }
            throw e;
        }
    }
}
