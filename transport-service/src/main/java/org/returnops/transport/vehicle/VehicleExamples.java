package org.returnops.transport.vehicle;

/** Request and response examples of the vehicle endpoints, for the OpenAPI document. */
final class VehicleExamples {

    static final String VEHICLE_REQUEST = """
            {
              "plate": "867 ATA 13",
              "carrier": "Shymkent Avtobus LLP",
              "seats": 45,
              "accessibleSeats": 2,
              "driverName": "Yerlan Abenov",
              "driverPhone": "+77012345678"
            }
            """;

    static final String VEHICLE = """
            {
              "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
              "plate": "867 ATA 13",
              "carrier": "Shymkent Avtobus LLP",
              "seats": 45,
              "accessibleSeats": 2,
              "driverName": "Yerlan Abenov",
              "driverPhone": "+77012345678",
              "activeConvoyId": null,
              "createdAt": "2020-10-16T08:00:00Z"
            }
            """;

    static final String VEHICLE_NOT_FOUND = """
            {
              "type": "urn:return-ops:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no vehicle with id 00000000-0000-4000-8000-000000000000.",
              "instance": "/api/v1/vehicles/00000000-0000-4000-8000-000000000000"
            }
            """;

    static final String VEHICLE_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "Field accessibleSeats must not be more than seats.",
              "instance": "/api/v1/vehicles",
              "violations": [
                {"field": "accessibleSeats", "message": "must not be more than seats"}
              ]
            }
            """;

    private VehicleExamples() {
    }
}
