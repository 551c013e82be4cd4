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

    private Examples() {
    }
}
