package org.returnops.consular.clearancecase;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.consular.authority.ClearanceType;
import org.returnops.consular.clearance.Clearance;
import org.returnops.consular.clearance.ClearanceRepository;
import org.returnops.consular.clearance.ClearanceStatus;
import org.returnops.consular.clearance.ClearanceView;
import org.returnops.consular.clearance.RouteConfig;
import org.returnops.contracts.EventJson;
import org.returnops.contracts.events.ClearanceCaseOpened;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.PersonName;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Clearance cases: opened from a registration with consent, with one clearance per step of the route,
 * each requested from its authority (clearance.requested.v1 with only what that authority needs) and
 * announced once to the suite's own services (clearance-case.opened.v1); cancelled when the person withdraws.
 */
@ApplicationScoped
public class ClearanceCaseService {

    @Inject ClearanceCaseRepository cases;
    @Inject ClearanceRepository clearances;
    @Inject CaseHistoryRepository history;
    @Inject RouteConfig route;
    @Inject Outbox outbox;
    @Inject Audit audit;

    @Transactional
    public ClearanceCaseView get(UUID migrantId) {
        ClearanceCase found = cases.findByMigrant(migrantId)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no clearance case for person " + migrantId + "."));
        audit.read("clearance-case.read", List.of(migrantId));
        return view(found);
    }

    /** One page of the cases matching the filters, oldest first, with the number of all that match. */
    @Transactional
    public Page<ClearanceCaseView> list(CaseStatus status, String authority, UUID migrant, Instant pendingSince,
            Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (migrant != null) {
            query.append(" and migrantId = :migrant");
            parameters.and("migrant", migrant);
        }
        if (authority != null) {
            query.append(" and id in (select c.caseId from Clearance c where c.authorityCode = :authority)");
            parameters.and("authority", authority);
        }
        if (pendingSince != null) {
            query.append(" and id in (select c.caseId from Clearance c where c.status = :pending"
                    + " and c.requestedAt <= :since)");
            parameters.and("pending", ClearanceStatus.PENDING).and("since", pendingSince);
        }
        PanacheQuery<ClearanceCase> found = cases.find(query.toString(), Sort.by("openedAt").and("id"), parameters);
        List<ClearanceCaseView> page = views(found.page(paging.page(), paging.size()).list());
        if (!page.isEmpty()) {
            audit.record(Audit.Action.SEARCH, "clearance-case.list", page.stream().map(ClearanceCaseView::migrantId)
                    .toList(), "status=" + status + " authority=" + authority + " migrant=" + migrant
                    + " pending-since=" + pendingSince + " returned " + page.size());
        }
        return new Page<>(page, found.count());
    }

    /** The views of a page of cases: their clearances and histories in one query each, not one per case. */
    private List<ClearanceCaseView> views(List<ClearanceCase> page) {
        List<UUID> ids = page.stream().map(found -> found.id).toList();
        Map<UUID, List<ClearanceView>> clearancesByCase = clearances.ofCases(ids).stream()
                .collect(Collectors.groupingBy(clearance -> clearance.caseId,
                        Collectors.mapping(ClearanceView::of, Collectors.toList())));
        Map<UUID, List<CaseHistoryView>> historyByCase = history.ofCases(ids).stream()
                .collect(Collectors.groupingBy(entry -> entry.caseId,
                        Collectors.mapping(CaseHistoryView::of, Collectors.toList())));
        return page.stream().map(found -> view(found, clearancesByCase.getOrDefault(found.id, List.of()),
                historyByCase.getOrDefault(found.id, List.of()))).toList();
    }

    /**
     * Opens the case of a person who registered with consent, and requests every clearance of the
     * route; a person without recorded consent gets none, and a case that exists already is kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ClearanceCase> open(MigrantRegistered registered, String eventId) {
        if (!registered.consentGiven()) {
            return Optional.empty();
        }
        return open(new Person(registered.migrantId(), registered.siteCode(), registered.nationality(),
                registered.nameLatin(), registered.dateOfBirth(), registered.documents()), "migrant.registered.v1", eventId);
    }

    /**
     * A changed registration: consent recorded after registering opens the case then; for a case already
     * open, the identity the authorities are asked about is brought up to date (a passport added later
     * is what TJ nationality checks). Clearances already requested are not requested again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(MigrantUpdated updated, String eventId) {
        Person person = new Person(updated.migrantId(), updated.siteCode(), updated.nationality(), updated.nameLatin(),
                updated.dateOfBirth(), updated.documents());
        Optional<ClearanceCase> existing = cases.findByMigrant(updated.migrantId());
        if (existing.isEmpty()) {
            if (updated.consentGiven()) {
                open(person, "migrant.updated.v1", eventId);
            }
            return;
        }
        ClearanceCase found = existing.get();
        if (found.status == CaseStatus.OPEN || found.status == CaseStatus.CLEARED) {
            found.nationality = person.nationality();
            found.familyName = person.name().family();
            found.givenName = person.name().given();
            found.dateOfBirth = person.dateOfBirth();
            found.documentsJson = EventJson.write(person.documents());
            record(found, "IDENTITY_UPDATED", "changed: " + String.join(", ", updated.changed()), "event:" + eventId,
                    StoredTime.now());
        }
    }

    /** What the authorities are asked about a person. */
    private record Person(UUID migrantId, String siteCode, String nationality, PersonName name, LocalDate dateOfBirth,
            List<IdentityDocument> documents) {
    }

    private Optional<ClearanceCase> open(Person registered, String eventType, String eventId) {
        if (cases.findByMigrant(registered.migrantId()).isPresent()) {
            return Optional.empty();
        }
        Instant now = StoredTime.now();
        ClearanceCase opened = new ClearanceCase();
        opened.id = UUID.randomUUID();
        opened.migrantId = registered.migrantId();
        opened.status = CaseStatus.OPEN;
        opened.siteCode = registered.siteCode();
        opened.nationality = registered.nationality();
        opened.familyName = registered.name().family();
        opened.givenName = registered.name().given();
        opened.dateOfBirth = registered.dateOfBirth();
        opened.documentsJson = EventJson.write(registered.documents());
        opened.openedAt = now;
        opened.openedByEvent = eventId;
        cases.persist(opened);
        record(opened, "OPENED", "from " + eventType, "event:" + eventId, now);
        String subject = opened.migrantId.toString();
        List<Outbox.Pending> events = new ArrayList<>();
        List<ClearanceCaseOpened.RequestedClearance> requested = new ArrayList<>();
        for (ClearanceType type : ClearanceType.values()) {
            String authority = route.authorities().get(type);
            if (authority == null) {
                continue;
            }
            Clearance clearance = new Clearance();
            clearance.id = UUID.randomUUID();
            clearance.caseId = opened.id;
            clearance.migrantId = opened.migrantId;
            clearance.type = type;
            clearance.authorityCode = authority;
            clearance.status = ClearanceStatus.PENDING;
            clearance.requestedAt = now;
            clearances.persist(clearance);
            record(opened, "REQUESTED", type + " from " + authority, "event:" + eventId, now);
            events.add(new Outbox.Pending(requested(opened, clearance), subject));
            requested.add(new ClearanceCaseOpened.RequestedClearance(type.name(), authority));
        }
        // the suite's own services follow the case from this one event; the requests are for the authorities
        events.add(new Outbox.Pending(new ClearanceCaseOpened(opened.migrantId, opened.id, requested, now), subject));
        outbox.publishAll(events);
        return Optional.of(opened);
    }

    /**
     * Records a PCR test: a negative one (newer than the one recorded) is what UZ transit checks; a
     * positive one voids any negative one taken before it.
     */
    @Transactional
    public ClearanceCaseView recordPcr(UUID migrantId, PcrTestRequest test, String cause) {
        ClearanceCase found = cases.findByMigrant(migrantId)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no clearance case for person " + migrantId + "."));
        if (test.result() == PcrTestRequest.Result.NEGATIVE) {
            if (found.pcrNegativeAt == null || test.takenAt().isAfter(found.pcrNegativeAt)) {
                found.pcrNegativeAt = StoredTime.of(test.takenAt());
            }
        } else if (found.pcrNegativeAt != null && !test.takenAt().isBefore(found.pcrNegativeAt)) {
            found.pcrNegativeAt = null;
        }
        record(found, "PCR_" + test.result(), "taken at " + test.takenAt(), cause, Instant.now());
        audit.change("clearance-case.pcr-test", migrantId, "PCR test recorded");
        return view(found);
    }

    /** The person arrived and was handed over: the case is closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(UUID migrantId, String detail, String eventId) {
        cases.findByMigrant(migrantId).filter(found -> found.status == CaseStatus.CLEARED).ifPresent(found -> {
            Instant now = Instant.now();
            found.status = CaseStatus.CLOSED;
            found.closedAt = now;
            record(found, "CLOSED", detail, "event:" + eventId, now);
        });
    }

    /** The person withdrew: the case is cancelled with every clearance still pending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID migrantId, String reason, String eventId) {
        cases.findByMigrant(migrantId).filter(found -> found.status == CaseStatus.OPEN || found.status == CaseStatus.CLEARED)
                .ifPresent(found -> {
                    Instant now = Instant.now();
                    found.status = CaseStatus.CANCELLED;
                    found.closedAt = now;
                    for (Clearance clearance : clearances.ofCase(found.id)) {
                        if (clearance.status == ClearanceStatus.PENDING) {
                            clearance.status = ClearanceStatus.CANCELLED;
                        }
                    }
                    record(found, "CANCELLED", reason, "event:" + eventId, now);
                });
    }

    public void record(ClearanceCase clearanceCase, String what, String detail, String cause, Instant at) {
        CaseHistory entry = new CaseHistory();
        entry.caseId = clearanceCase.id;
        entry.at = at;
        entry.what = what;
        entry.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        entry.cause = cause;
        history.persist(entry);
    }

    public ClearanceRequested requested(ClearanceCase clearanceCase, Clearance clearance) {
        List<IdentityDocument> documents = Arrays.asList(EventJson.read(clearanceCase.documentsJson, IdentityDocument[].class));
        return new ClearanceRequested(clearance.id, clearanceCase.id, clearanceCase.migrantId, clearance.type.name(),
                clearance.authorityCode, new PersonName(clearanceCase.familyName, clearanceCase.givenName, null),
                clearanceCase.dateOfBirth, clearanceCase.nationality, documents, clearance.requestedAt);
    }

    ClearanceCaseView view(ClearanceCase found) {
        return view(found, clearances.ofCase(found.id).stream().map(ClearanceView::of).toList(),
                history.ofCase(found.id).stream().map(CaseHistoryView::of).toList());
    }

    private static ClearanceCaseView view(ClearanceCase found, List<ClearanceView> clearances,
            List<CaseHistoryView> history) {
        return new ClearanceCaseView(found.id, found.migrantId, found.status, found.siteCode, found.nationality,
                found.openedAt, found.closedAt, found.convoyId, found.plannedDeparture, found.departedAt, clearances,
                history);
    }
}
