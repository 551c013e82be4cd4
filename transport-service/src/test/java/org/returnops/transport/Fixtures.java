package org.returnops.transport;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.PersonName;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.returnops.testkit.Partners.asOperator;

/**
 * What the tests of this service share: events sent as the registry and consular would send them, waits on
 * what the consumer stored, vehicles and convoys made through the API, and a pool emptied between tests so
 * one test's people do not end up on another's manifest.
 */
@ApplicationScoped
public class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final Instant DEPARTURE = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final AtomicInteger PLATES = new AtomicInteger();

    public final TopicProbe topics = TopicProbe.ofTestStack();

    @Inject EntityManager entityManager;

    /** POSTs as the operator (a JSON body when there is one) and expects the status. */
    public static io.restassured.path.json.JsonPath post(String path, Object body, int status) {
        RequestSpecification request = asOperator();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(path).then().statusCode(status).extract().jsonPath();
    }

    /**
     * Takes out of the pool everyone on no manifest that still counts on them (the manifest of a convoy that left
     * without them does not).
     */
    @Transactional
    public void emptyPool() {
        entityManager.createNativeQuery("""
                delete from pool_person p where not exists (select 1 from manifest_entry e where e.migrant_id = p.migrant_id
                    and not (e.status = 'NO_SHOW' and e.no_show_stage = 'BOARDING'))""")
                .executeUpdate();
    }

    /** Sends the event where the catalogue puts it, as the service that produces it would. */
    public EventEnvelope send(Object data, UUID key) {
        return EventSender.asTest().send(data, key);
    }

    /** Sends many events with one producer (as the registry's and consular's relays would), in order. */
    public void sendAll(List<? extends Record> events, Function<Record, UUID> key) {
        EventSender.asTest().<Record>sendAll(events, key::apply);
    }

    public static MigrantRegistered registered(UUID migrantId, UUID householdId, LocalDate born,
            List<String> vulnerabilities, List<String> seatNeeds) {
        return new MigrantRegistered(migrantId, householdId, "KZ-ZHIBEK-ZHOLY",
                new PersonName("RAKHIMOV", "FARRUKH", null), null, "M", born,
                "TJK", List.of(new IdentityDocument("PASSPORT", "P" + migrantId.toString().substring(0, 8), "TJK",
                        null)), vulnerabilities, seatNeeds, "Sughd", true, Instant.now());
    }

    public static MigrantCleared cleared(UUID migrantId, Instant validUntil) {
        return new MigrantCleared(migrantId, UUID.randomUUID(), Instant.now(), validUntil);
    }

    /** Registers and clears the person through the topics, and waits until they are eligible. */
    public UUID eligiblePerson(UUID householdId, LocalDate born, List<String> vulnerabilities, List<String> seatNeeds) {
        UUID id = UUID.randomUUID();
        send(registered(id, householdId, born, vulnerabilities, seatNeeds), id);
        send(cleared(id, null), id);
        awaitEligible(List.of(id));
        return id;
    }

    /** A cleared adult bound for the region (null: no destination), eligible once the events are consumed. */
    public UUID eligibleBoundFor(String region) {
        UUID id = UUID.randomUUID();
        MigrantRegistered usual = registered(id, null, LocalDate.of(1990, 1, 1), List.of(), List.of());
        send(new MigrantRegistered(id, null, usual.siteCode(), usual.nameLatin(), null, usual.sex(),
                usual.dateOfBirth(), usual.nationality(), usual.documents(), List.of(), List.of(), region, true,
                usual.registeredAt()), id);
        send(cleared(id, null), id);
        awaitEligible(List.of(id));
        return id;
    }

    public UUID eligibleAdult() {
        return eligiblePerson(null, LocalDate.of(1990, 1, 1), List.of(), List.of());
    }

    public void awaitEligible(Collection<UUID> ids) {
        await(() -> count("select count(*) from pool_person where registered and consent_given and cleared "
                + "and not denied and not withdrawn and migrant_id in (:ids)", ids) == ids.size(),
                "people eligible: " + ids);
    }

    public void awaitProcessed(EventEnvelope envelope) {
        await(() -> count("select count(*) from processed_event where event_id = :ids", List.of(envelope.id())) == 1,
                "event processed: " + envelope.type() + " " + envelope.id());
    }

    @Transactional
    public long count(String sql, Collection<?> ids) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("ids", ids).getSingleResult()).longValue();
    }

    public static void await(BooleanSupplier condition, String what) {
        Waiting.until(what, WAIT).until(condition::getAsBoolean);
    }

    /** The events of one type on the convoy topic that match, once {@code enough} have been seen. */
    public <T extends Record> List<T> events(Class<T> type, java.util.function.Predicate<T> match, int enough) {
        String typeName = EventType.of(type).type();
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : topics.all(Topics.TRANSPORT_CONVOYS, r -> {
            EventEnvelope envelope = CloudEventCodec.decode(r.value());
            return envelope.type().equals(typeName) && match.test(envelope.data(type));
        }, enough, WAIT)) {
            found.add(CloudEventCodec.decode(record.value()).data(type));
        }
        return found;
    }

    public static String vehicle(int seats, int accessibleSeats) {
        return asOperator().contentType(ContentType.JSON)
                .body(Map.of("plate", "T" + System.nanoTime() % 100000 + " " + PLATES.incrementAndGet(),
                        "carrier", "Shymkent Avtobus LLP", "seats", seats, "accessibleSeats", accessibleSeats,
                        "driverName", "Yerlan Abenov"))
                .when().post("/api/v1/vehicles").then().statusCode(201).extract().path("id");
    }

    /** Plans a convoy on the route; each vehicle is [id, escort or null]. */
    public static String convoy(String route, Instant departure, List<String[]> vehicles) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (String[] vehicle : vehicles) {
            Map<String, Object> member = new java.util.HashMap<>();
            member.put("vehicleId", vehicle[0]);
            member.put("escort", vehicle.length > 1 ? vehicle[1] : null);
            members.add(member);
        }
        return asOperator().contentType(ContentType.JSON)
                .body(Map.of("routeCode", route, "plannedDeparture", departure.toString(), "vehicles", members))
                .when().post("/api/v1/convoys").then().statusCode(201).extract().path("id");
    }
}
