package org.returnops.registry.migrant;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonName;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.messaging.audit.Audit;
import org.returnops.registry.duplicate.NameKeys;
import org.returnops.registry.mrz.MrzData;
import org.returnops.registry.mrz.MrzParser;
import org.returnops.registry.duplicate.PersonKeys;
import org.returnops.registry.duplicate.PersonNames;
import org.returnops.registry.duplicate.Transliteration;
import org.returnops.registry.site.SiteCodes;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Registration, status changes and withdrawal of people; every change announced through the outbox. */
@ApplicationScoped
public class MigrantService {

    /** The oldest age a date of birth may give. */
    static final int MAX_AGE = 120;

    private static final Transliteration TO_LATIN = Transliteration.of("Cyrillic-Latin; Latin-ASCII");

    private final MigrantRepository migrants;
    private final StatusChangeRepository history;
    private final SiteCodes sites;
    private final DocumentHolders holders;
    private final Outbox outbox;
    private final Audit audit;
    private final Event<Registered> registrations;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public MigrantService(MigrantRepository migrants, StatusChangeRepository history, SiteCodes sites,
            DocumentHolders holders, Outbox outbox, Audit audit, Event<Registered> registrations, Validator validator,
            ObjectMapper mapper) {
        this.holders = holders;
        this.validator = validator;
        this.mapper = mapper;
        this.migrants = migrants;
        this.history = history;
        this.sites = sites;
        this.outbox = outbox;
        this.audit = audit;
        this.registrations = registrations;
    }

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
        List<String> terms = query.q == null ? List.of() : searchTerms(query.q);
        PanacheQuery<Migrant> found = migrants.search(query, terms).page(query.page, query.size);
        List<MigrantSummary> items = found.list().stream().map(MigrantSummary::of).toList();
        long total = found.count();
        if (!items.isEmpty()) {
            audit.record(Audit.Action.SEARCH, "migrant.search", items.stream().map(MigrantSummary::id).toList(),
                    query.describe() + " returned " + items.size() + " of " + total);
        }
        return new MigrantPage(items, query.page, query.size, total);
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

    /** Stores the person and records {@code migrant.registered.v1} in the same transaction. */
    @Transactional
    public MigrantView register(MigrantRequest submitted, String caller) {
        MigrantRequest request = withMrz(submitted);
        String phone = checkAndNormalise(request);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Migrant migrant = new Migrant();
        migrant.id = UUID.randomUUID();
        migrant.siteCode = request.siteCode();
        setNames(migrant, request.nameLatin(), request.nameCyrillic());
        migrant.sex = request.sex();
        migrant.dateOfBirth = request.dateOfBirth();
        migrant.nationality = request.nationality();
        migrant.phone = phone;
        migrant.destinationRegion = blankToNull(request.destinationRegion());
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
        migrant.vulnerabilities = request.vulnerabilities() == null || request.vulnerabilities().isEmpty()
                ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(request.vulnerabilities());
        migrant.seatNeeds = request.seatNeeds() == null || request.seatNeeds().isEmpty()
                ? EnumSet.noneOf(SeatNeed.class) : EnumSet.copyOf(request.seatNeeds());
        if (request.consent() != null) {
            migrant.consentAt = request.consent().givenAt().truncatedTo(ChronoUnit.MICROS);
            migrant.consentTakenBy = request.consent().takenBy().strip();
            migrant.consentLanguage = request.consent().language();
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
        outbox.publish(registered(migrant), migrant.id.toString());
        return view(migrant);
    }

    /** The fields a merge patch may change; status, documents and ids change through their own operations. */
    static final Set<String> PATCHABLE = Set.of("siteCode", "nameLatin", "nameCyrillic", "sex", "dateOfBirth",
            "nationality", "phone", "destinationRegion", "vulnerabilities", "seatNeeds", "consent");

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
        List<Problem.Violation> refused = patch.keySet().stream().filter(field -> !PATCHABLE.contains(field)).sorted()
                .map(field -> new Problem.Violation(field, "cannot be changed with PATCH (changeable: "
                        + PATCHABLE.stream().sorted().toList() + ")"))
                .toList();
        if (!refused.isEmpty()) {
            throw new InvalidRequest(refused);
        }
        if (patch.containsKey("consent") && patch.isNull("consent") && migrant.consentAt != null) {
            throw new InvalidRequest("consent", "cannot be removed: withdrawing consent is a withdrawal "
                    + "(POST /api/v1/migrants/" + id + "/withdrawal)");
        }
        MigrantRequest current = editable(migrant);
        JsonValue target = Json.createReader(new StringReader(json(current))).readValue();
        JsonValue patched = Json.createMergePatch(patch).apply(target);
        MigrantRequest changed = read(patched.toString());
        Set<ConstraintViolation<MigrantRequest>> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String phone = checkAndNormalise(changed);
        List<String> fields = new ArrayList<>();
        compare(fields, "siteCode", current.siteCode(), changed.siteCode());
        compare(fields, "nameLatin", current.nameLatin(), changed.nameLatin());
        compare(fields, "nameCyrillic", current.nameCyrillic(), changed.nameCyrillic());
        compare(fields, "sex", current.sex(), changed.sex());
        compare(fields, "dateOfBirth", current.dateOfBirth(), changed.dateOfBirth());
        compare(fields, "nationality", current.nationality(), changed.nationality());
        compare(fields, "destinationRegion", current.destinationRegion(), changed.destinationRegion());
        compare(fields, "vulnerabilities", current.vulnerabilities(), changed.vulnerabilities());
        compare(fields, "seatNeeds", current.seatNeeds(), changed.seatNeeds());
        compare(fields, "consentGiven", current.consent() != null, changed.consent() != null);
        boolean phoneChanged = !java.util.Objects.equals(migrant.phone, phone);
        boolean consentChanged = !java.util.Objects.equals(current.consent(), changed.consent());
        if (fields.isEmpty() && !phoneChanged && !consentChanged) {
            audit.read("migrant.patch", List.of(id));
            return view(migrant);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        migrant.siteCode = changed.siteCode();
        setNames(migrant, changed.nameLatin(), changed.nameCyrillic());
        migrant.sex = changed.sex();
        migrant.dateOfBirth = changed.dateOfBirth();
        migrant.nationality = changed.nationality();
        migrant.phone = phone;
        migrant.destinationRegion = blankToNull(changed.destinationRegion());
        migrant.vulnerabilities = changed.vulnerabilities() == null || changed.vulnerabilities().isEmpty()
                ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(changed.vulnerabilities());
        migrant.seatNeeds = changed.seatNeeds() == null || changed.seatNeeds().isEmpty()
                ? EnumSet.noneOf(SeatNeed.class) : EnumSet.copyOf(changed.seatNeeds());
        if (changed.consent() != null) {
            migrant.consentAt = changed.consent().givenAt().truncatedTo(ChronoUnit.MICROS);
            migrant.consentTakenBy = changed.consent().takenBy().strip();
            migrant.consentLanguage = changed.consent().language();
        }
        migrant.updatedAt = now;
        migrants.flush();
        if (!fields.isEmpty()) {
            outbox.publish(updated(migrant, fields, now), migrant.id.toString());
        }
        audit.change("migrant.patch", id, "changed " + (fields.isEmpty() ? "phone or consent" : fields));
        return view(migrant);
    }

    private static void compare(List<String> fields, String name, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static MigrantRequest editable(Migrant migrant) {
        return new MigrantRequest(migrant.siteCode, MigrantView.latin(migrant), MigrantView.cyrillic(migrant),
                migrant.sex, migrant.dateOfBirth, migrant.nationality, migrant.phone, migrant.destinationRegion, null,
                null, migrant.vulnerabilities.isEmpty() ? Set.of() : EnumSet.copyOf(migrant.vulnerabilities),
                migrant.seatNeeds.isEmpty() ? Set.of() : EnumSet.copyOf(migrant.seatNeeds),
                migrant.consentAt == null ? null
                        : new MigrantRequest.Consent(migrant.consentAt, migrant.consentTakenBy, migrant.consentLanguage));
    }

    private String json(MigrantRequest request) {
        try {
            return mapper.writeValueAsString(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the record as JSON", e);
        }
    }

    private MigrantRequest read(String json) {
        try {
            return mapper.readValue(json, MigrantRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new org.returnops.platform.problem.InvalidRequest("body", "the patched record cannot be read: "
                    + e.getOriginalMessage());
        }
    }

    /** The person leaves the return (or withdraws consent): allowed until they are on the road. */
    @Transactional
    public MigrantView withdraw(UUID id, String reason, String caller) {
        Migrant migrant = find(id);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        change(migrant, MigrantStatus.WITHDRAWN, "user:" + caller, reason.strip(), now);
        outbox.publish(new MigrantWithdrawn(migrant.id, reason.strip(), caller, now), migrant.id.toString());
        return view(migrant);
    }

    /**
     * One person registered twice: the kept record takes the other's documents, household, recorded
     * vulnerabilities, seat needs, consent (when it has none) and status history; the other is withdrawn
     * ("merged into ..."). Announces migrant.withdrawn.v1 and migrant.updated.v1.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merge(UUID keptId, UUID removedId, String caller) {
        Migrant kept = find(keptId);
        Migrant removed = find(removedId);
        if (!removed.status.canBecome(MigrantStatus.WITHDRAWN)) {
            throw new IllegalTransition(removed.status, MigrantStatus.WITHDRAWN);
        }
        if (kept.householdId != null && removed.householdId != null && !kept.householdId.equals(removed.householdId)) {
            throw new org.returnops.platform.problem.DomainProblem.Conflict("The two records are in different "
                    + "households (" + kept.householdId + ", " + removed.householdId + "): move one first.");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<String> changed = new ArrayList<>();
        if (kept.householdId == null && removed.householdId != null) {
            kept.householdId = removed.householdId;
            changed.add("householdId");
        }
        removed.householdId = null;
        Set<String> keptDocuments = kept.documents.stream()
                .map(d -> d.type + "|" + d.number + "|" + d.issuingState).collect(java.util.stream.Collectors.toSet());
        if (removed.documents.stream().anyMatch(d -> !keptDocuments.contains(d.type + "|" + d.number + "|" + d.issuingState))) {
            changed.add("documents");
        }
        if (!kept.vulnerabilities.containsAll(removed.vulnerabilities)) {
            kept.vulnerabilities.addAll(removed.vulnerabilities);
            changed.add("vulnerabilities");
        }
        if (!kept.seatNeeds.containsAll(removed.seatNeeds)) {
            kept.seatNeeds.addAll(removed.seatNeeds);
            changed.add("seatNeeds");
        }
        if (kept.consentAt == null && removed.consentAt != null) {
            kept.consentAt = removed.consentAt;
            kept.consentTakenBy = removed.consentTakenBy;
            kept.consentLanguage = removed.consentLanguage;
            changed.add("consentGiven");
        }
        kept.updatedAt = now;
        migrants.flush();
        migrants.moveDocumentsAndHistory(removed.id, kept.id);
        migrants.refreshed(kept);
        migrants.refreshed(removed);
        String reason = "merged into " + kept.id;
        change(removed, MigrantStatus.WITHDRAWN, "user:" + caller, reason, now);
        outbox.publish(new MigrantWithdrawn(removed.id, reason, caller, now), removed.id.toString());
        outbox.publish(updated(kept, changed, now), kept.id.toString());
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
        change(migrant, to, "event:" + eventId, reason, at.truncatedTo(ChronoUnit.MICROS));
        return Optional.of(true);
    }

    private void change(Migrant migrant, MigrantStatus to, String cause, String reason, Instant at) {
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
        return MigrantView.from(migrant, vulnerabilities(migrant));
    }

    /** Recorded vulnerabilities, plus ELDERLY (65+) and UNACCOMPANIED_CHILD (under 18, no adult in the household). */
    Set<Vulnerability> vulnerabilities(Migrant migrant) {
        LocalDate today = LocalDate.now(clock);
        boolean adult = migrant.householdId != null && migrant.ageOn(today) < 18
                && migrants.hasAdultBesides(migrant.householdId, migrant.id, today.minusYears(18));
        return migrant.effectiveVulnerabilities(today, adult);
    }

    /**
     * Puts the person in a household (or none) and announces it: transport keeps households together.
     * A person is in one household at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setHousehold(Migrant migrant, UUID householdId) {
        if (java.util.Objects.equals(migrant.householdId, householdId)) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        migrant.householdId = householdId;
        migrant.updatedAt = now;
        migrants.flush();
        outbox.publish(updated(migrant, List.of("householdId"), now), migrant.id.toString());
    }

    public Migrant find(UUID id) {
        return migrants.findByIdOptional(id).orElseThrow(() -> new MigrantNotFound(id));
    }

    /**
     * A registration with an MRZ: the MRZ is read (422 when it cannot be, naming the failed check digit),
     * its document added to the typed ones, and every typed field that contradicts it refused.
     */
    static MigrantRequest withMrz(MigrantRequest request) {
        if (request.mrz() == null) {
            return request;
        }
        MrzData mrz = MrzParser.parse(request.mrz());
        List<Problem.Violation> violations = new ArrayList<>();
        if (!mrz.dateOfBirth().equals(request.dateOfBirth())) {
            violations.add(new Problem.Violation("dateOfBirth", "contradicts the MRZ (" + mrz.dateOfBirth() + ")"));
        }
        if (!mrz.nationality().equals(request.nationality())) {
            violations.add(new Problem.Violation("nationality", "contradicts the MRZ (" + mrz.nationality() + ")"));
        }
        if (!mrz.sex().equals(request.sex())) {
            violations.add(new Problem.Violation("sex", "contradicts the MRZ (" + mrz.sex() + ")"));
        }
        if (request.nameLatin() != null && !mrzForm(request.nameLatin().family()).equals(mrzForm(mrz.surname()))) {
            violations.add(new Problem.Violation("nameLatin.family", "contradicts the MRZ (" + mrz.surname() + ")"));
        }
        DocumentType type = switch (mrz.documentType()) {
            case "PASSPORT" -> DocumentType.PASSPORT;
            case "NATIONAL_ID" -> DocumentType.NATIONAL_ID;
            default -> null;
        };
        if (type == null) {
            violations.add(new Problem.Violation("mrz", "is not a passport or identity card (" + mrz.documentCode() + ")"));
        }
        List<MigrantRequest.Document> documents = new ArrayList<>(request.documentsOrEmpty());
        for (int i = 0; i < documents.size(); i++) {
            MigrantRequest.Document typed = documents.get(i);
            if (typed.type() == type && typed.number().equals(mrz.documentNumber())) {
                if (!typed.issuingState().equals(mrz.issuingState())) {
                    violations.add(new Problem.Violation("documents[" + i + "].issuingState",
                            "contradicts the MRZ (" + mrz.issuingState() + ")"));
                }
                if (typed.expiresOn() != null && !typed.expiresOn().equals(mrz.dateOfExpiry())) {
                    violations.add(new Problem.Violation("documents[" + i + "].expiresOn",
                            "contradicts the MRZ (" + mrz.dateOfExpiry() + ")"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        documents.removeIf(typed -> typed.type() == type && typed.number().equals(mrz.documentNumber()));
        documents.add(new MigrantRequest.Document(type, mrz.documentNumber(), mrz.issuingState(), mrz.dateOfExpiry()));
        MigrantRequest.Name latin = request.nameLatin() != null ? request.nameLatin()
                : new MigrantRequest.Name(capitalised(mrz.surname()), capitalised(mrz.givenNames()), null);
        return new MigrantRequest(request.siteCode(), latin, request.nameCyrillic(), request.sex(),
                request.dateOfBirth(), request.nationality(), request.phone(), request.destinationRegion(), documents,
                null, request.vulnerabilities(), request.seatNeeds(), request.consent());
    }

    /** A Latin name as the MRZ writes it: upper case, letters only. */
    private static String mrzForm(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String capitalised(String mrzName) {
        return Stream.of(mrzName.toLowerCase(Locale.ROOT).split(" "))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The rules across fields and against stored data, all reported at once; returns the E.164 phone. */
    private String checkAndNormalise(MigrantRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.nameLatin() == null && request.nameCyrillic() == null) {
            violations.add(new Problem.Violation("nameLatin", "at least one name, in Latin or Cyrillic script, is required"));
        }
        if (request.nameCyrillic() != null && !isCyrillic(request.nameCyrillic())) {
            violations.add(new Problem.Violation("nameCyrillic", "must be written in Cyrillic script"));
        }
        if (request.nameLatin() != null && !isLatin(request.nameLatin())) {
            violations.add(new Problem.Violation("nameLatin", "must be written in Latin script"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.dateOfBirth().isBefore(today.minusYears(MAX_AGE))) {
            violations.add(new Problem.Violation("dateOfBirth", "must be within the last " + MAX_AGE + " years"));
        }
        if (!sites.exists(request.siteCode())) {
            violations.add(new Problem.Violation("siteCode", "must be the code of a staging site (GET /api/v1/sites)"));
        }
        Set<String> seen = new HashSet<>();
        List<MigrantRequest.Document> documents = request.documentsOrEmpty();
        for (int i = 0; i < documents.size(); i++) {
            MigrantRequest.Document document = documents.get(i);
            if (document.expiresOn() != null && !document.expiresOn().isAfter(request.dateOfBirth())) {
                violations.add(new Problem.Violation("documents[" + i + "].expiresOn", "must be after the date of birth"));
            }
            if (document.expiresOn() != null && document.expiresOn().isAfter(today.plusYears(20))) {
                violations.add(new Problem.Violation("documents[" + i + "].expiresOn", "must be within 20 years from today"));
            }
            if (!seen.add(document.type() + "|" + document.number() + "|" + document.issuingState())) {
                violations.add(new Problem.Violation("documents[" + i + "]", "is listed twice"));
            }
        }
        Set<Vulnerability> typed = request.vulnerabilities() == null ? Set.of() : request.vulnerabilities();
        typed.stream().filter(Vulnerability::derived).sorted().forEach(derived -> violations.add(new Problem.Violation(
                "vulnerabilities", derived + " is derived from the date of birth and household, not typed in")));
        String phone = null;
        if (request.phone() != null && !request.phone().isBlank()) {
            phone = e164(request.phone());
            if (phone == null) {
                violations.add(new Problem.Violation("phone",
                        "must be an international number in E.164 form, such as +992935551234"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return phone;
    }

    static String e164(String phone) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        if (!phone.strip().startsWith("+")) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = util.parse(phone, null);
            return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean isCyrillic(MigrantRequest.Name name) {
        return inScript(name, Character.UnicodeScript.CYRILLIC);
    }

    private static boolean isLatin(MigrantRequest.Name name) {
        return inScript(name, Character.UnicodeScript.LATIN);
    }

    private static boolean inScript(MigrantRequest.Name name, Character.UnicodeScript script) {
        return Stream.of(name.family(), name.given(), name.patronymic())
                .filter(part -> part != null)
                .flatMapToInt(String::codePoints)
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == script);
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

    private static String latinOf(String cyrillic) {
        return cyrillic == null ? null : TO_LATIN.transliterate(cyrillic);
    }

    /** The name in Latin script for partners: as typed, or transliterated from Cyrillic. */
    static PersonName latinName(Migrant migrant) {
        if (migrant.familyNameLatin != null) {
            return new PersonName(migrant.familyNameLatin, migrant.givenNameLatin, migrant.patronymicLatin);
        }
        return new PersonName(latinOf(migrant.familyNameCyrillic), latinOf(migrant.givenNameCyrillic),
                latinOf(migrant.patronymicCyrillic));
    }

    MigrantRegistered registered(Migrant migrant) {
        return new MigrantRegistered(migrant.id, migrant.householdId, migrant.siteCode, latinName(migrant),
                cyrillicName(migrant), migrant.sex,
                migrant.dateOfBirth, migrant.nationality,
                documents(migrant), names(vulnerabilities(migrant)), names(migrant.seatNeeds),
                migrant.destinationRegion, migrant.consentGiven(), migrant.registeredAt);
    }

    MigrantUpdated updated(Migrant migrant, List<String> changed, Instant at) {
        return new MigrantUpdated(migrant.id, migrant.householdId, migrant.siteCode, latinName(migrant),
                cyrillicName(migrant),
                migrant.sex, migrant.dateOfBirth, migrant.nationality,
                documents(migrant), names(vulnerabilities(migrant)), names(migrant.seatNeeds),
                migrant.destinationRegion, migrant.consentGiven(), changed, at);
    }

    private static PersonName cyrillicName(Migrant migrant) {
        return migrant.familyNameCyrillic == null ? null
                : new PersonName(migrant.familyNameCyrillic, migrant.givenNameCyrillic, migrant.patronymicCyrillic);
    }

    /** Documents as events carry them. */
    private static List<IdentityDocument> documents(Migrant migrant) {
        return migrant.documents.stream()
                .map(d -> new IdentityDocument(d.type.name(), d.number, d.issuingState, d.expiresOn))
                .toList();
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
