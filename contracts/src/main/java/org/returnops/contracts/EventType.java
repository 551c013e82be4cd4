package org.returnops.contracts;

import org.returnops.contracts.events.CheckpointPassed;
import org.returnops.contracts.events.ClearanceCaseOpened;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDecided;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.ClearanceDecisionRejected;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.contracts.events.ConvoyArrived;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.HeadcountMismatch;
import org.returnops.contracts.events.ManifestConfirmed;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.contracts.events.TravelDocumentIssued;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event catalogue: every event type of the suite with its stable type string, its topic, the
 * record of its {@code data} and the JSON Schema of that data. The AsyncAPI document is generated from
 * this catalogue and the schemas, so the three cannot drift.
 */
public enum EventType {

    MIGRANT_REGISTERED("migrant.registered.v1", Topics.REGISTRY_MIGRANTS, Aggregate.MIGRANT, MigrantRegistered.class,
            "A person was registered at a staging site, with their identity, documents, vulnerabilities and consent."),
    MIGRANT_UPDATED("migrant.updated.v1", Topics.REGISTRY_MIGRANTS, Aggregate.MIGRANT, MigrantUpdated.class,
            "A registered person's record changed; carries the whole record as it now stands and the fields that changed."),
    MIGRANT_WITHDRAWN("migrant.withdrawn.v1", Topics.REGISTRY_MIGRANTS, Aggregate.MIGRANT, MigrantWithdrawn.class,
            "A person withdrew from the return (or withdrew consent) before departure."),
    CLEARANCE_REQUESTED("clearance.requested.v1", Topics.PARTNER_REQUESTS, Aggregate.MIGRANT,
            ClearanceRequested.class,
            "An authority is asked to decide one clearance for one person, on its own topic; carries only what that "
                    + "authority needs."),
    CLEARANCE_CASE_OPENED("clearance-case.opened.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT,
            ClearanceCaseOpened.class,
            "A person's clearance case opened and every clearance of the route was requested: one event per person "
                    + "for the suite's own services, which never need the requests sent to the authorities."),
    CLEARANCE_CASE_REOPENED("clearance-case.reopened.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT,
            ClearanceCaseReopened.class,
            "A decided clearance is pending again (revoked, expired, or lapsing before the planned departure): the "
                    + "person is not cleared until it is decided anew."),
    CLEARANCE_DECIDED("clearance.decided.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT, ClearanceDecided.class,
            "An authority granted or denied one clearance, over the API or through its own system."),
    MIGRANT_CLEARED("migrant.cleared.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT, MigrantCleared.class,
            "Every clearance the route needs is granted: the person may be manifested."),
    CLEARANCE_DENIED("clearance.denied.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT, ClearanceDenied.class,
            "An authority denied a clearance: the person cannot travel on this route."),
    TRAVEL_DOCUMENT_ISSUED("travel-document.issued.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT,
            TravelDocumentIssued.class,
            "The Tajik embassy issued a certificate of return to a person without a valid passport."),
    PERSONAL_DATA_ANONYMISED("personal-data.anonymised.v1", Topics.CONSULAR_CLEARANCES, Aggregate.MIGRANT,
            PersonalDataAnonymised.class,
            "The retention period after the person's case closed is over: every service removes what identifies them."),
    CONVOY_PLANNED("convoy.planned.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, ConvoyPlanned.class,
            "A convoy was planned: route, planned departure and vehicles."),
    CONVOY_RESCHEDULED("convoy.rescheduled.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, ConvoyRescheduled.class,
            "A convoy's planned departure was moved before it left; every passenger's grants must outlast the new time."),
    MIGRANT_ASSIGNED("migrant.assigned.v1", Topics.TRANSPORT_CONVOYS, Aggregate.MIGRANT, MigrantAssigned.class,
            "A person was given a seat in a vehicle of a convoy."),
    MIGRANT_UNASSIGNED("migrant.unassigned.v1", Topics.TRANSPORT_CONVOYS, Aggregate.MIGRANT, MigrantUnassigned.class,
            "A person left a convoy's manifest before departure and their seat is free."),
    MANIFEST_CONFIRMED("manifest.confirmed.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, ManifestConfirmed.class,
            "A convoy's manifest was confirmed; border posts receive it in advance."),
    CONVOY_DEPARTED("convoy.departed.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, ConvoyDeparted.class,
            "A convoy left the staging site with the people who boarded."),
    CHECKPOINT_PASSED("checkpoint.passed.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, CheckpointPassed.class,
            "A convoy passed a border crossing; carries the headcount of each vehicle."),
    HEADCOUNT_MISMATCH("headcount.mismatch.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, HeadcountMismatch.class,
            "A vehicle's headcount at a checkpoint differs from those boarded."),
    CONVOY_ARRIVED("convoy.arrived.v1", Topics.TRANSPORT_CONVOYS, Aggregate.CONVOY, ConvoyArrived.class,
            "A convoy arrived and was handed over to the receiving authority."),
    MIGRANT_ARRIVED("migrant.arrived.v1", Topics.TRANSPORT_CONVOYS, Aggregate.MIGRANT, MigrantArrived.class,
            "A person arrived and was handed over to the receiving authority."),
    MIGRANT_NO_SHOW("migrant.no-show.v1", Topics.TRANSPORT_CONVOYS, Aggregate.MIGRANT, MigrantNoShow.class,
            "A person on the manifest did not board, or was not there on arrival."),
    CLEARANCE_DECISION("clearance.decision.v1", Topics.PARTNER_DECISIONS, Aggregate.CLEARANCE,
            ClearanceDecision.class,
            "Inbound: an authority's own system decides a clearance it was asked for (clearance.requested.v1), on "
                    + "its own decisions topic."),
    CLEARANCE_DECISION_REJECTED("clearance.decision-rejected.v1", Topics.PARTNER_REJECTIONS, Aggregate.CLEARANCE,
            ClearanceDecisionRejected.class,
            "A decision of an authority's system was refused and changed nothing; sent back to that authority with "
                    + "the reason.");

    private final String type;
    private final String topic;
    private final Aggregate aggregate;
    private final Class<? extends Record> dataClass;
    private final String description;

    EventType(String type, String topic, Aggregate aggregate, Class<? extends Record> dataClass, String description) {
        this.type = type;
        this.topic = topic;
        this.aggregate = aggregate;
        this.dataClass = dataClass;
        this.description = description;
    }

    /** The CloudEvents {@code type}, e.g. {@code migrant.registered.v1}. */
    public String type() {
        return type;
    }

    /**
     * The topic, or for an event that travels on one authority's own topic the template naming it
     * ({@code partner.{authority}.requests.v1}): use {@link #topicFor(Object)} to address one.
     */
    public String topic() {
        return topic;
    }

    /** Whether each authority has its own topic of this type ({@link Topics#PARTNER_TEMPLATES}). */
    public boolean perAuthority() {
        return Topics.PARTNER_TEMPLATES.contains(topic);
    }

    /** The topic this event goes to: its authority's own topic when it is addressed to one. */
    public String topicFor(Object data) {
        if (!perAuthority()) {
            return topic;
        }
        if (!(data instanceof Addressed addressed)) {
            throw new IllegalArgumentException(type + " is addressed to an authority, but its data names none");
        }
        return Topics.forAuthority(topic, addressed.authorityCode());
    }

    /** Whether a record of this type may arrive on the topic. */
    public boolean carriedBy(String candidate) {
        return perAuthority() ? Topics.authorityOf(topic, candidate).isPresent() : topic.equals(candidate);
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    public Class<? extends Record> dataClass() {
        return dataClass;
    }

    public String description() {
        return description;
    }

    /** The class-path resource of the JSON Schema (draft 2020-12) of this type's {@code data}. */
    public String schemaResource() {
        return "/org/returnops/contracts/schemas/" + type + ".json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(Class<?> dataClass) {
        return Arrays.stream(values()).filter(t -> t.dataClass.equals(dataClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(dataClass.getName() + " is not an event of the catalogue"));
    }
}
