package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.idempotency.IdempotencyKeys;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.registry.duplicate.NameKeys;
import org.returnops.registry.duplicate.PersonKeys;
import org.returnops.registry.duplicate.PersonNames;
import org.returnops.platform.time.StoredTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Registration, change, status and withdrawal of people: the transactions. The rules a record passes are
 * {@link RegistrationRules}, an MRZ is reconciled by {@link MrzReconciliation}, a merge patch applied by
 * {@link MigrantPatch}, the events built by {@link MigrantEvents}; every change is announced through the outbox.
 */
@ApplicationScoped
public class MigrantService {

    @Inject MigrantRepository migrants;
    @Inject MigrantSearch search;
    @Inject StatusChangeRepository history;
    @Inject RegistrationRules rules;
    @Inject MigrantPatch patches;
    @Inject MigrantEvents events;
    @Inject DocumentHolders holders;
    @Inject Outbox outbox;
    @Inject Audit audit;
    @Inject IdempotencyKeys keys;
    @Inject Event<Registered> registrations;
    private final Clock clock = Clock.systemUTC();

    /** A person was just stored, inside the registration's transaction (duplicate detection observes it). */
    public record Registered(Migrant migrant) {
    }

    /** One person's record; the read is audited. */
    @Transactional
    public MigrantView get(UUID id) {
        MigrantView view = view(find(id));
        audit.read("migrant.read", List.of(id));
        return view;
    }

    /** A page of people matching the query, with the total; a search that returns names is audited. */
    @Transactional
    public MigrantPage search(MigrantQuery query) {
        MigrantPage page = search.page(query, query.q == null ? List.of() : searchTerms(query.q));
        if (!page.items().isEmpty()) {
            audit.record(Audit.Action.SEARCH, "migrant.search", page.items().stream().map(MigrantSummary::id).toList(),
                    query.describe() + " returned " + page.items().size() + " of " + (page.totalExact() ? "" : "at least ")
                            + page.total());
        }
        return page;
    }

    /** The query's words as phonetic keys, like the stored search text; every one must be found. */
    static List<String> searchTerms(String query) {
        String terms = NameKeys.searchTerm(query);
        return terms.isEmpty() ? List.of() : List.of(terms.split(" "));
    }

    /** One person's status history; the read is audited. */
    @Transactional
    public List<StatusChangeView> history(UUID id) {
        find(id);
        List<StatusChangeView> changes = history.history(id).stream().map(StatusChangeView::from).toList();
        audit.read("migrant.history", List.of(id));
        return changes;
    }

    /**
     * A registration, once per {@code Idempotency-Key}: sent again with the key, it registers nobody and answers
     * with the person the first request registered; without a key, it always registers.
     */
    @Transactional
    public IdempotencyKeys.Once<MigrantView> register(MigrantRequest submitted, String caller,
            Optional<IdempotencyKeys.Key> key) {
        return keys.once(key, () -> register(submitted, caller), MigrantView::id, id -> view(find(id)));
    }

    /** Stores the person and records {@code migrant.registered.v1} in the same transaction. */
    @Transactional
    public MigrantView register(MigrantRequest submitted, String caller) {
        MigrantRequest request = MrzReconciliation.reconcile(submitted);
        String phone = rules.check(request);
        Instant now = StoredTime.now(clock);
        Migrant migrant = new Migrant();
        migrant.id = UUID.randomUUID();
        fill(migrant, request, phone);
        for (MigrantRequest.Document typed : request.documentsOrEmpty()) {
            MigrantDocument document = new MigrantDocument();
            document.id = UUID.randomUUID();
            document.migrant = migrant;
            document.type = typed.type();
            document.number = typed.number();
            document.issuingState = typed.issuingState();
            document.expiresOn = typed.expiresOn();
            migrant.documents.add(document);
        }
        migrant.status = MigrantStatus.REGISTERED;
        migrant.registeredAt = now;
        migrant.updatedAt = now;
        migrants.persist(migrant);
        record(migrant, null, MigrantStatus.REGISTERED, "user:" + caller, "registered", now);
        try {
            migrants.flush();
        } catch (PersistenceException failure) {
            throw holders.conflict(failure, request.documentsOrEmpty()).orElseThrow(() -> failure);
        }
        registrations.fire(new Registered(migrant));
        outbox.publish(events.registered(migrant), migrant.id.toString());
        return view(migrant);
    }

    /**
     * Applies a JSON merge patch (RFC 7386) to the person's editable fields, if the caller changes the
     * current version; the result must pass every rule a registration passes. Announces
     * migrant.updated.v1 with the fields that changed.
     */
    @Transactional
    public MigrantView patch(UUID id, Long expectedVersion, JsonObject patch) {
        Migrant migrant = find(id);
        if (expectedVersion == null) {
            throw PreconditionProblem.required();
        }
        if (expectedVersion != migrant.version) {
            throw PreconditionProblem.stale(migrant.version);
        }
        MigrantRequest current = MigrantPatch.editable(migrant);
        MigrantRequest changed = patches.apply(migrant, current, patch);
        String phone = rules.check(changed);
        List<String> fields = MigrantPatch.announcedChanges(current, changed);
        boolean phoneChanged = !Objects.equals(migrant.phone, phone);
        boolean consentChanged = !Objects.equals(current.consent(), changed.consent());
        if (fields.isEmpty() && !phoneChanged && !consentChanged) {
            audit.read("migrant.patch", List.of(id));
            return view(migrant);
        }
        Instant now = StoredTime.now(clock);
        fill(migrant, changed, phone);
        migrant.updatedAt = now;
        migrants.flush();
        if (!fields.isEmpty()) {
            outbox.publish(events.updated(migrant, fields, now), migrant.id.toString());
        }
        audit.change("migrant.patch", id, "changed " + (fields.isEmpty() ? "phone or consent" : fields));
        return view(migrant);
    }

    /** The person leaves the return (or withdraws consent): allowed until they are on the road. */
    @Transactional
    public MigrantView withdraw(UUID id, String reason, String caller) {
        Migrant migrant = find(id);
        Instant now = StoredTime.now(clock);
        change(migrant, MigrantStatus.WITHDRAWN, "user:" + caller, reason.strip(), now);
        outbox.publish(new MigrantWithdrawn(migrant.id, reason.strip(), caller, now), migrant.id.toString());
        return view(migrant);
    }

    /**
     * Moves a person's status because another service announced something. A change the lifecycle does
     * not allow any more (the person withdrew meanwhile), or clearing a person without recorded informed
     * consent, is not applied: false is returned and nothing changes; an unknown person is
     * {@link Optional#empty()}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Boolean> follow(UUID migrantId, MigrantStatus to, String eventId, String reason, Instant at) {
        Optional<Migrant> found = migrants.findByIdOptional(migrantId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Migrant migrant = found.get();
        if (migrant.status == to || !migrant.status.canBecome(to)) {
            return Optional.of(false);
        }
        if (to == MigrantStatus.CLEARED && !migrant.consentGiven()) {
            return Optional.of(false);
        }
        change(migrant, to, "event:" + eventId, reason, StoredTime.of(at));
        return Optional.of(true);
    }

    /** Moves the person to another status, as the lifecycle allows, and records it in the history. */
    void change(Migrant migrant, MigrantStatus to, String cause, String reason, Instant at) {
        if (!migrant.status.canBecome(to)) {
            throw new IllegalTransition(migrant.status, to);
        }
        MigrantStatus from = migrant.status;
        migrant.status = to;
        migrant.updatedAt = at;
        record(migrant, from, to, cause, reason, at);
    }

    private void record(Migrant migrant, MigrantStatus from, MigrantStatus to, String cause, String reason,
            Instant at) {
        StatusChange change = new StatusChange();
        change.migrantId = migrant.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = at;
        change.cause = cause;
        change.reason = reason;
        history.persist(change);
    }

    /** The person's record as the API shows it, with the vulnerabilities derived from age and household. */
    public MigrantView view(Migrant migrant) {
        return MigrantView.from(migrant, migrants.effectiveVulnerabilities(migrant, LocalDate.now(clock)));
    }

    /**
     * Puts the person in a household (or none) and announces it: transport keeps households together.
     * A person is in one household at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setHousehold(Migrant migrant, UUID householdId) {
        if (Objects.equals(migrant.householdId, householdId)) {
            return;
        }
        Instant now = StoredTime.now(clock);
        migrant.householdId = householdId;
        migrant.updatedAt = now;
        migrants.flush();
        outbox.publish(events.updated(migrant, List.of("householdId"), now), migrant.id.toString());
    }

    public Migrant find(UUID id) {
        return migrants.findByIdOptional(id).orElseThrow(() -> new MigrantNotFound(id));
    }

    /** The editable fields from a request that passed the rules. */
    private static void fill(Migrant migrant, MigrantRequest request, String phone) {
        migrant.siteCode = request.siteCode();
        setNames(migrant, request.nameLatin(), request.nameCyrillic());
        migrant.sex = request.sex();
        migrant.dateOfBirth = request.dateOfBirth();
        migrant.nationality = request.nationality();
        migrant.phone = phone;
        migrant.destinationRegion = blankToNull(request.destinationRegion());
        migrant.vulnerabilities = request.vulnerabilities() == null || request.vulnerabilities().isEmpty()
                ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(request.vulnerabilities());
        migrant.seatNeeds = request.seatNeeds() == null || request.seatNeeds().isEmpty()
                ? EnumSet.noneOf(SeatNeed.class) : EnumSet.copyOf(request.seatNeeds());
        if (request.consent() != null) {
            migrant.consentAt = StoredTime.of(request.consent().givenAt());
            migrant.consentTakenBy = request.consent().takenBy().strip();
            migrant.consentLanguage = request.consent().language();
        }
    }

    private static void setNames(Migrant migrant, MigrantRequest.Name latin, MigrantRequest.Name cyrillic) {
        migrant.familyNameLatin = latin == null ? null : latin.family().strip();
        migrant.givenNameLatin = latin == null ? null : latin.given().strip();
        migrant.patronymicLatin = latin == null ? null : blankToNull(latin.patronymic());
        migrant.familyNameCyrillic = cyrillic == null ? null : cyrillic.family().strip();
        migrant.givenNameCyrillic = cyrillic == null ? null : cyrillic.given().strip();
        migrant.patronymicCyrillic = cyrillic == null ? null : blankToNull(cyrillic.patronymic());
        migrant.searchText = searchText(migrant);
        migrant.setNameKeys(PersonKeys.of(new PersonNames(migrant.familyNameLatin, migrant.givenNameLatin,
                migrant.familyNameCyrillic, migrant.givenNameCyrillic)));
    }

    /** The names in both scripts as search tokens and phonetic keys: a query in either script finds the person. */
    static String searchText(Migrant migrant) {
        String text = NameKeys.searchText(migrant.familyNameLatin, migrant.givenNameLatin, migrant.patronymicLatin,
                migrant.familyNameCyrillic, migrant.givenNameCyrillic, migrant.patronymicCyrillic);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
