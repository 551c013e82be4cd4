package org.returnops.transport.route;

/** Request and response examples of the route endpoints, for the OpenAPI document. */
final class RouteExamples {

    static final String ROUTE = """
            {
              "code": "KZ-UZ-TJ-KHUJAND",
              "name": "Zhibek Zholy - Oybek - Khujand",
              "origin": "Zhibek Zholy",
              "destination": "Khujand",
              "legs": [
                {"position": 1, "from": "Zhibek Zholy", "to": "Gisht Kuprik", "crossingCode": "KZ-UZ-ZHIBEK-ZHOLY", "distanceKm": 1},
                {"position": 2, "from": "Gisht Kuprik", "to": "Oybek", "crossingCode": null, "distanceKm": 120},
                {"position": 3, "from": "Oybek", "to": "Fotehobod", "crossingCode": "UZ-TJ-OYBEK", "distanceKm": 1},
                {"position": 4, "from": "Fotehobod", "to": "Khujand", "crossingCode": null, "distanceKm": 60}
              ],
              "crossings": ["KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-OYBEK"],
              "regions": ["Sughd"],
              "retiredAt": null
            }
            """;

    static final String ROUTE_REQUEST = """
            {
              "name": "Zhibek Zholy - Sariosiyo - Kulob",
              "origin": "Zhibek Zholy",
              "destination": "Kulob",
              "legs": [
                {"from": "Zhibek Zholy", "to": "Gisht Kuprik", "crossingCode": "KZ-UZ-ZHIBEK-ZHOLY", "distanceKm": 1},
                {"from": "Gisht Kuprik", "to": "Sariosiyo", "distanceKm": 720},
                {"from": "Sariosiyo", "to": "Tursunzoda", "crossingCode": "UZ-TJ-SARIOSIYO", "distanceKm": 1},
                {"from": "Tursunzoda", "to": "Kulob", "distanceKm": 260}
              ],
              "regions": ["Khatlon"]
            }
            """;

    static final String ROUTE_NOT_FOUND = """
            {
              "type": "urn:return-ops:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no route with code KZ-NOWHERE.",
              "instance": "/api/v1/routes/KZ-NOWHERE"
            }
            """;

    static final String ROUTE_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "Field legs[2].from must be where the previous leg ends (Sariosiyo).",
              "instance": "/api/v1/routes/KZ-UZ-TJ-KULOB",
              "violations": [{"field": "legs[2].from", "message": "must be where the previous leg ends (Sariosiyo)"}]
            }
            """;

    private RouteExamples() {
    }
}
