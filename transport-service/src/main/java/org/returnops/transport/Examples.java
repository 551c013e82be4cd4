package org.returnops.transport;

/** Request and response examples of the transport service's API, shown in the OpenAPI document. */
public final class Examples {

    public static final String CROSSING_REQUEST = """
            {
              "code": "KZ-UZ-KAZYGURT",
              "name": "Kazygurt - Chernyaevka",
              "exitCountry": "KAZ",
              "exitPost": "Kazygurt",
              "entryCountry": "UZB",
              "entryPost": "Chernyaevka",
              "road": "Shymkent - Tashkent"
            }
            """;

    public static final String CROSSING = """
            {
              "code": "KZ-UZ-ZHIBEK-ZHOLY",
              "name": "Zhibek Zholy - Gisht Kuprik",
              "exitCountry": "KAZ",
              "exitPost": "Zhibek Zholy",
              "entryCountry": "UZB",
              "entryPost": "Gisht Kuprik",
              "road": "Shymkent - Tashkent",
              "createdAt": "2020-10-12T06:00:00Z"
            }
            """;

    public static final String CROSSING_NOT_FOUND = """
            {
              "type": "urn:return-ops:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no border crossing with code XX-NOWHERE.",
              "instance": "/api/v1/crossings/XX-NOWHERE"
            }
            """;

    public static final String CROSSING_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "Field entryCountry must differ from exitCountry.",
              "instance": "/api/v1/crossings",
              "violations": [
                {"field": "entryCountry", "message": "must differ from exitCountry"}
              ]
            }
            """;

    public static final String CROSSING_CONFLICT = """
            {
              "type": "urn:return-ops:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "A border crossing with code UZ-TJ-OYBEK already exists.",
              "instance": "/api/v1/crossings"
            }
            """;

    public static final String CONVOY_REQUEST = """
            {
              "routeCode": "KZ-UZ-TJ-KHUJAND",
              "plannedDeparture": "2020-10-20T05:00:00Z",
              "escortLead": "IOM operations officer D. Karimova",
              "vehicles": [
                {"vehicleId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "escort": "IOM escort A. Nurlanova"},
                {"vehicleId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "escort": null}
              ]
            }
            """;

    public static final String CONVOY = """
            {
              "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
              "routeCode": "KZ-UZ-TJ-KHUJAND",
              "destination": "Khujand",
              "plannedDeparture": "2020-10-20T05:00:00Z",
              "status": "DEPARTED",
              "escortLead": "IOM operations officer D. Karimova",
              "vehicles": [
                {"vehicleId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "plate": "867 ATA 13", "seats": 45,
                 "accessibleSeats": 2, "escort": "IOM escort A. Nurlanova", "assigned": 44, "boarded": 44}
              ],
              "passengerCount": 44,
              "boardedCount": 44,
              "openMismatches": [
                {"vehicleId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "plate": "867 ATA 13",
                 "crossingCode": "KZ-UZ-ZHIBEK-ZHOLY", "expected": 44, "counted": 43}
              ],
              "departedAt": "2020-10-20T05:20:00Z",
              "arrivedAt": null,
              "receivedBy": null,
              "version": 7,
              "timeline": [
                {"at": "2020-10-16T09:00:00Z", "kind": "PLANNED", "detail": "planned on route KZ-UZ-TJ-KHUJAND for 2020-10-20T05:00:00Z with 1 vehicles"},
                {"at": "2020-10-20T07:05:00Z", "kind": "HEADCOUNT_MISMATCH", "detail": "867 ATA 13 at KZ-UZ-ZHIBEK-ZHOLY: expected 44, counted 43"}
              ],
              "createdAt": "2020-10-16T09:00:00Z"
            }
            """;

    public static final String CONVOY_NOT_FOUND = """
            {
              "type": "urn:return-ops:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no convoy with id 00000000-0000-4000-8000-000000000000.",
              "instance": "/api/v1/convoys/00000000-0000-4000-8000-000000000000"
            }
            """;

    public static final String CONVOY_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "Field vehicles[1].vehicleId must be the id of a vehicle.",
              "instance": "/api/v1/convoys",
              "violations": [
                {"field": "vehicles[1].vehicleId", "message": "must be the id of a vehicle"}
              ]
            }
            """;

    public static final String CONVOY_VEHICLE_TAKEN = """
            {
              "type": "urn:return-ops:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Vehicle 867 ATA 13 is already in convoy 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d, which is CONFIRMED.",
              "instance": "/api/v1/convoys",
              "existingId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
            }
            """;

    public static final String ILLEGAL_TRANSITION = """
            {
              "type": "urn:return-ops:problem:illegal-transition",
              "title": "Status change not allowed",
              "status": 409,
              "detail": "A convoy cannot go from PLANNED to BOARDING; from PLANNED the next status can be [MANIFESTED, CANCELLED].",
              "instance": "/api/v1/convoys/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/boarding"
            }
            """;

    public static final String BOARDING_REQUEST = """
            {
              "boarded": ["6f1c2b7e-3d4a-4e8b-9a1c-2f3e4d5c6b7a", "5d6e7f8a-9b0c-4d1e-a2f3-4a5b6c7d8e9f"]
            }
            """;

    public static final String CHECKPOINT_REQUEST = """
            {
              "crossingCode": "KZ-UZ-ZHIBEK-ZHOLY",
              "passedAt": "2020-10-20T07:05:00Z",
              "headcounts": [
                {"vehicleId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "counted": 44}
              ]
            }
            """;

    public static final String CHECKPOINT_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "Field crossingCode must be a crossing of route KZ-UZ-TJ-KHUJAND: KZ-UZ-ZHIBEK-ZHOLY, UZ-TJ-OYBEK.",
              "instance": "/api/v1/convoys/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/checkpoints",
              "violations": [
                {"field": "crossingCode", "message": "must be a crossing of route KZ-UZ-TJ-KHUJAND: KZ-UZ-ZHIBEK-ZHOLY, UZ-TJ-OYBEK"}
              ]
            }
            """;

    public static final String ARRIVAL_REQUEST = """
            {
              "receivedBy": "TJ-BORDER",
              "arrivedAt": "2020-10-20T16:40:00Z",
              "noShows": [
                {"migrantId": "5d6e7f8a-9b0c-4d1e-a2f3-4a5b6c7d8e9f", "reason": "left the bus at the Oybek rest stop"}
              ]
            }
            """;

    public static final String ARRIVAL_MISMATCH = """
            {
              "type": "urn:return-ops:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Convoy 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d cannot be marked arrived while a headcount differs: 867 ATA 13 (counted 43 at UZ-TJ-OYBEK, expected 44). Recount at a checkpoint or name the no-shows.",
              "instance": "/api/v1/convoys/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/arrival"
            }
            """;

    public static final String MANIFEST = """
            {
              "convoyId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
              "status": "MANIFESTED",
              "version": 2,
              "passengerCount": 2,
              "vehicles": [
                {"vehicleId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "plate": "867 ATA 13", "seats": 45,
                 "accessibleSeats": 2, "escort": "IOM escort A. Nurlanova", "freeSeats": 43,
                 "passengers": [
                   {"seat": 1, "accessible": true, "migrantId": "6f1c2b7e-3d4a-4e8b-9a1c-2f3e4d5c6b7a",
                    "householdId": "a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d", "familyName": "RAKHIMOV",
                    "givenName": "FARRUKH", "dateOfBirth": "1951-04-12", "documentType": "PASSPORT",
                    "documentNumber": "401234567", "vulnerabilities": ["DISABILITY", "ELDERLY"],
                    "seatNeeds": ["WHEELCHAIR"], "destinationRegion": "Sughd", "status": "ASSIGNED"},
                   {"seat": 3, "accessible": false, "migrantId": "5d6e7f8a-9b0c-4d1e-a2f3-4a5b6c7d8e9f",
                    "householdId": "a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d", "familyName": "RAKHIMOV",
                    "givenName": "SHERZOD", "dateOfBirth": "1984-09-02", "documentType": "CERTIFICATE_OF_RETURN",
                    "documentNumber": "TJ-2020-10-0415", "vulnerabilities": [], "seatNeeds": [],
                    "destinationRegion": "Sughd", "status": "ASSIGNED"}
                 ]}
              ]
            }
            """;

    public static final String MANIFEST_BUILD = """
            {
              "manifest": {"convoyId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "status": "MANIFESTED", "version": 1,
                           "passengerCount": 2, "vehicles": []},
              "assigned": 2,
              "leftOver": [
                {"position": 1, "migrantId": "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
                 "householdId": null, "reason": "NO_ESCORT_WITH_ROOM"},
                {"position": 2, "migrantId": "8e9f0a1b-2c3d-4e4f-b5a6-7b8c9d0e1f2a",
                 "householdId": null, "reason": "CLEARANCE_ENDS_BEFORE_DEPARTURE"}
              ]
            }
            """;

    public static final String MANIFEST_CSV = """
            convoy_id,route_code,planned_departure,vehicle_plate,seat,migrant_id,family_name,given_name,patronymic,sex,date_of_birth,nationality,document_type,document_number,household_id,destination_region,seat_needs,status
            7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d,KZ-UZ-TJ-KHUJAND,2020-10-20T05:00:00Z,867 ATA 13,1,6f1c2b7e-3d4a-4e8b-9a1c-2f3e4d5c6b7a,RAKHIMOV,FARRUKH,RUSTAMOVICH,M,1951-04-12,TJK,CERTIFICATE_OF_RETURN,CR-0001873,a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d,Sughd,WHEELCHAIR,ASSIGNED
            """;

    public static final String MANIFEST_CONFIRMED_CONFLICT = """
            {
              "type": "urn:return-ops:problem:illegal-transition",
              "title": "Status change not allowed",
              "status": 409,
              "detail": "A convoy that is CONFIRMED cannot change its manifest; only a convoy that is MANIFESTED (before confirmation) can.",
              "instance": "/api/v1/convoys/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/manifest/passengers/6f1c2b7e-3d4a-4e8b-9a1c-2f3e4d5c6b7a"
            }
            """;

    private Examples() {
    }
}
