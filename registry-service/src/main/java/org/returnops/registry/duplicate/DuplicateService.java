package org.returnops.registry.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.messaging.audit.Audit;
import org.returnops.registry.migrant.Migrant;
import org.returnops.registry.migrant.MigrantMerge;
import org.returnops.registry.migrant.MigrantRepository;
import org.returnops.registry.migrant.MigrantService;
import org.returnops.registry.migrant.MigrantSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Likely duplicates: flagged at registration (same birth date and a similar name across scripts),
 * listed for review, and resolved by a person as distinct people or one person to merge.
 */
@ApplicationScoped
public class DuplicateService {

    @Inject DuplicateFlagRepository flags;
    @Inject MigrantRepository migrants;
    @Inject MigrantMerge merges;
    @Inject Audit audit;

    void onRegistration(@Observes MigrantService.Registered registration) {
        flag(registration.migrant());
    }

    /**
     * Flags every earlier record the new one likely duplicates; part of the registration's transaction.
     * Compares the name keys stored with each record: nothing is transliterated per candidate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int flag(Migrant registered) {
        PersonKeys keys = registered.nameKeys();
        int flagged = 0;
        for (MigrantRepository.Candidate candidate : migrants.bornOn(registered.dateOfBirth, registered.id)) {
            double score = LikelyDuplicate.score(keys, candidate.keys());
            if (score >= NameSimilarity.LIKELY_SAME_THRESHOLD) {
                DuplicateFlag flag = new DuplicateFlag();
                flag.id = UUID.randomUUID();
                flag.migrantId = registered.id;
                flag.candidateId = candidate.id();
                flag.score = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
                flag.status = DuplicateFlag.Status.OPEN;
                flag.flaggedAt = registered.registeredAt;
                flags.persist(flag);
                flagged++;
            }
        }
        return flagged;
    }

    /** One page of the flags in a status, oldest first, with the total; a page that returns names is audited. */
    @Transactional
    public Page<DuplicateView> list(DuplicateFlag.Status status, Paging paging) {
        List<DuplicateView> views = flags.page(status, paging).stream()
                .map(found -> view(found.flag(), found.migrant(), found.candidate())).toList();
        long total = flags.count("status", status);
        if (!views.isEmpty()) {
            audit.record(Audit.Action.SEARCH, "duplicate.list", views.stream()
                    .flatMap(v -> java.util.stream.Stream.of(v.migrant().id(), v.candidate().id())).toList(),
                    "status=" + status + " page=" + paging.page() + " size=" + paging.size() + " returned "
                            + views.size() + " of " + total);
        }
        return new Page<>(views, total);
    }

    @Transactional
    public DuplicateView resolve(UUID id, ResolutionRequest request, String caller) {
        DuplicateFlag flag = flags.findByIdOptional(id)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no duplicate flag with id " + id + "."));
        if (flag.status != DuplicateFlag.Status.OPEN) {
            throw new DomainProblem.Conflict("This pair was already resolved as " + flag.status + ".");
        }
        if (request.decision() == ResolutionRequest.Decision.MERGE) {
            if (request.keep() == null || !(request.keep().equals(flag.migrantId) || request.keep().equals(flag.candidateId))) {
                throw new InvalidRequest("keep", "must be the id of one of the two records: " + flag.migrantId + " or "
                        + flag.candidateId);
            }
            UUID removed = request.keep().equals(flag.migrantId) ? flag.candidateId : flag.migrantId;
            merges.merge(request.keep(), removed, caller);
            flag.keptId = request.keep();
            flag.status = DuplicateFlag.Status.MERGED;
        } else {
            flag.status = DuplicateFlag.Status.DISTINCT;
        }
        flag.resolvedAt = Instant.now();
        flag.resolvedBy = caller;
        return view(flag);
    }

    private DuplicateView view(DuplicateFlag flag) {
        return view(flag, migrants.findById(flag.migrantId), migrants.findById(flag.candidateId));
    }

    private static DuplicateView view(DuplicateFlag flag, Migrant migrant, Migrant candidate) {
        return new DuplicateView(flag.id, MigrantSummary.of(migrant), MigrantSummary.of(candidate), flag.score,
                flag.status, flag.flaggedAt, flag.resolvedAt, flag.resolvedBy, flag.keptId);
    }
}
