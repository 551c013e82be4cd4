package org.returnops.contracts;

import org.returnops.contracts.events.CheckpointPassed;
import org.returnops.contracts.events.ClearanceDecided;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.ClearanceDecisionRejected;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ClearanceCaseOpened;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.contracts.events.ConvoyArrived;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.Headcount;
import org.returnops.contracts.events.HeadcountMismatch;
import org.returnops.contracts.events.IdentityDocument;
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
import org.returnops.contracts.events.PersonName;
import org.returnops.contracts.events.TravelDocumentIssued;
import org.returnops.contracts.events.VehicleSeats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One realistic instance of every event type, following Farrukh Rakhimov, stranded at the Zhibek Zholy crossing,
 * from registration to arrival in Khujand. The switch is exhaustive, so a new type does not compile without one.
 */
final class SampleEvents {

    static final UUID FARRUKH = UUID.fromString("6f1c2b7e-3d4a-4e8b-9a1c-2f3e4d5c6b7a");
    static final UUID DILNOZA = UUID.fromString("0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b");
    static final UUID SHERZOD = UUID.fromString("5d6e7f8a-9b0c-4d1e-a2f3-4a5b6c7d8e9f");
    static final UUID MALIKA = UUID.fromString("8e9f0a1b-2c3d-4e4f-b5a6-7b8c9d0e1f2a");
    static final UUID HOUSEHOLD = UUID.fromString("a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d");
    static final UUID CASE = UUID.fromString("c1d2e3f4-a5b6-4c7d-9e8f-0a1b2c3d4e5f");
    static final UUID TJ_NATIONALITY_CLEARANCE = UUID.fromString("d4e5f6a7-b8c9-4d0e-a1f2-3b4c5d6e7f80");
    static final UUID UZ_TRANSIT_CLEARANCE = UUID.fromString("e5f6a7b8-c9d0-4e1f-b2a3-4c5d6e7f8091");
    static final UUID MALIKA_CASE = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID MALIKA_UZ_TRANSIT_CLEARANCE = UUID.fromString("c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f");
    static final UUID CONVOY = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    static final UUID BUS_1 = UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");
    static final UUID BUS_2 = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");

    static final String SITE = "KZ-ZHIBEK-ZHOLY";
    static final String CROSSING = "KZ-UZ-ZHIBEK-ZHOLY";

    private static final PersonName LATIN = new PersonName("RAKHIMOV", "FARRUKH", "RUSTAMOVICH");
    private static final PersonName CYRILLIC = new PersonName("Рахимов", "Фаррух", "Рустамович");
    private static final IdentityDocument EXPIRED_PASSPORT =
            new IdentityDocument("PASSPORT", "400123457", "TJK", LocalDate.parse("2024-08-31"));
    private static final IdentityDocument BIRTH_CERTIFICATE =
            new IdentityDocument("BIRTH_CERTIFICATE", "I-TJ 0457812", "TJK", null);

    private SampleEvents() {
    }

    static Record sample(EventType type) {
        return switch (type) {
            case MIGRANT_REGISTERED -> new MigrantRegistered(FARRUKH, HOUSEHOLD, SITE, LATIN, CYRILLIC, "M",
                    LocalDate.parse("1991-04-12"), "TJK", List.of(EXPIRED_PASSPORT, BIRTH_CERTIFICATE),
                    List.of("SERIOUS_MEDICAL_CONDITION"), List.of("NEAR_TOILET"), "Sughd", true,
                    at("2026-03-02T07:45:00Z"));
            case MIGRANT_UPDATED -> new MigrantUpdated(FARRUKH, HOUSEHOLD, SITE, LATIN, CYRILLIC, "M",
                    LocalDate.parse("1991-04-12"), "TJK", List.of(EXPIRED_PASSPORT, BIRTH_CERTIFICATE),
                    List.of("SERIOUS_MEDICAL_CONDITION"), List.of("NEAR_TOILET", "ESCORT"), "Sughd", true,
                    List.of("seatNeeds"), at("2026-03-03T10:12:30Z"));
            case PERSONAL_DATA_ANONYMISED -> new PersonalDataAnonymised(DILNOZA, "CLOSED",
                    Instant.parse("2020-10-24T09:30:00Z"), Instant.parse("2021-01-22T02:00:00Z"));
            case MIGRANT_WITHDRAWN -> new MigrantWithdrawn(DILNOZA, "Found work in Shymkent and stays in Kazakhstan.",
                    "operator.aigerim", at("2026-03-05T09:00:00Z"));
            case CLEARANCE_REQUESTED -> new ClearanceRequested(TJ_NATIONALITY_CLEARANCE, CASE, FARRUKH,
                    "TJ_NATIONALITY", "TJ-EMBASSY-KZ", LATIN, LocalDate.parse("1991-04-12"), "TJK",
                    List.of(EXPIRED_PASSPORT), at("2026-03-02T07:45:02Z"));
            case CLEARANCE_CASE_OPENED -> new ClearanceCaseOpened(FARRUKH, CASE, List.of(
                    new ClearanceCaseOpened.RequestedClearance("KZ_EXIT", "KZ-MIGRATION"),
                    new ClearanceCaseOpened.RequestedClearance("TJ_NATIONALITY", "TJ-EMBASSY-KZ")),
                    at("2026-03-02T07:45:02Z"));
            case CLEARANCE_CASE_REOPENED -> new ClearanceCaseReopened(FARRUKH, CASE, TJ_NATIONALITY_CLEARANCE,
                    "TJ_NATIONALITY", "TJ-EMBASSY-KZ", "EXPIRED", "TJ_NATIONALITY (GRANTED by TJ-EMBASSY-KZ): granted "
                    + "until 2026-03-13T15:05:00Z", at("2026-03-13T15:05:01Z"));
            case CLEARANCE_DECIDED -> new ClearanceDecided(TJ_NATIONALITY_CLEARANCE, CASE, FARRUKH, "TJ_NATIONALITY",
                    "TJ-EMBASSY-KZ", "GRANTED", null, "TJ-AST-2026/0412", null, "consul.nazarov",
                    at("2026-03-04T11:20:00Z"));
            case MIGRANT_CLEARED -> new MigrantCleared(FARRUKH, CASE, at("2026-03-06T15:05:00Z"),
                    at("2026-03-13T15:05:00Z"));
            case CLEARANCE_DENIED -> new ClearanceDenied(MALIKA, MALIKA_CASE, MALIKA_UZ_TRANSIT_CLEARANCE, "UZ_TRANSIT",
                    "UZ-BORDER", "No negative PCR test within the last 72 hours.", at("2026-03-04T08:30:00Z"));
            case TRAVEL_DOCUMENT_ISSUED -> new TravelDocumentIssued(FARRUKH,
                    UUID.fromString("f6a7b8c9-d0e1-4f2a-83b4-5c6d7e8f9a0b"), "CERTIFICATE_OF_RETURN", "CR-0001873",
                    "TJK", LocalDate.parse("2026-03-04"), LocalDate.parse("2026-04-03"), "TJ-EMBASSY-KZ");
            case CONVOY_PLANNED -> new ConvoyPlanned(CONVOY, "ZHIBEK-ZHOLY-OYBEK-KHUJAND", at("2026-03-10T05:00:00Z"),
                    List.of(new VehicleSeats(BUS_1, "867 ATA 13", 45, 2), new VehicleSeats(BUS_2, "121 BKC 13", 30, 0)),
                    at("2026-03-06T16:00:00Z"));
            case MIGRANT_ASSIGNED -> new MigrantAssigned(FARRUKH, CONVOY, BUS_1, 3, at("2026-03-07T09:30:00Z"));
            case MIGRANT_UNASSIGNED -> new MigrantUnassigned(SHERZOD, CONVOY, BUS_2, "WITHDRAWN",
                    at("2026-03-07T18:10:00Z"));
            case MANIFEST_CONFIRMED -> new ManifestConfirmed(CONVOY, List.of(FARRUKH, SHERZOD), 2,
                    at("2026-03-08T12:00:00Z"));
            case CONVOY_RESCHEDULED -> new ConvoyRescheduled(CONVOY, at("2026-03-10T05:00:00Z"),
                    at("2026-03-12T05:00:00Z"), "Gisht Kuprik closed for a holiday", at("2026-03-09T12:00:00Z"));
            case CONVOY_DEPARTED -> new ConvoyDeparted(CONVOY, List.of(FARRUKH), 1, at("2026-03-10T05:20:00Z"));
            case CHECKPOINT_PASSED -> new CheckpointPassed(CONVOY, CROSSING,
                    List.of(new Headcount(BUS_1, 1, 1), new Headcount(BUS_2, 0, 0)), at("2026-03-10T07:05:00Z"));
            case HEADCOUNT_MISMATCH -> new HeadcountMismatch(CONVOY, "UZ-TJ-OYBEK-FOTEHOBOD", BUS_1, 1, 2,
                    at("2026-03-10T12:10:00Z"));
            case CONVOY_ARRIVED -> new ConvoyArrived(CONVOY, "Khujand reception centre", "TJ-BORDER", 1, 1,
                    at("2026-03-10T16:40:00Z"));
            case MIGRANT_ARRIVED -> new MigrantArrived(FARRUKH, CONVOY, "TJ-BORDER", at("2026-03-10T16:45:00Z"));
            case MIGRANT_NO_SHOW -> new MigrantNoShow(SHERZOD, CONVOY, "BOARDING", null, at("2026-03-10T05:15:00Z"));
            case CLEARANCE_DECISION -> new ClearanceDecision(UUID.fromString("9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"),
                    UZ_TRANSIT_CLEARANCE, "UZ-BORDER", "GRANTED", null, "UZ-GK-2026-118734",
                    at("2026-03-12T23:59:59Z"), "uz-border-gateway", at("2026-03-05T13:47:10.250Z"));
            case CLEARANCE_DECISION_REJECTED -> new ClearanceDecisionRejected(
                    UUID.fromString("9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"), UZ_TRANSIT_CLEARANCE, "UZ-BORDER",
                    "urn:return-ops:problem:forbidden", "Not yours to decide", "The decision names TJ-BORDER, but it "
                            + "came on the decisions topic of UZ-BORDER.", at("2026-03-05T13:47:11Z"));
        };
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
