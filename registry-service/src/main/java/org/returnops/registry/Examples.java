package org.returnops.registry;

/** Request and response examples of the registry's API, shown in the OpenAPI document and Swagger UI. */
public final class Examples {

    public static final String SITE_REQUEST = """
            {
              "code": "KZ-SARYAGASH",
              "name": "Saryagash assembly point",
              "country": "KAZ",
              "region": "Turkestan Region",
              "kind": "ASSEMBLY_POINT",
              "capacity": 250
            }
            """;

    public static final String SITE = """
            {
              "code": "KZ-ZHIBEK-ZHOLY",
              "name": "Zhibek Zholy checkpoint",
              "country": "KAZ",
              "region": "Turkestan Region",
              "kind": "BORDER_CHECKPOINT",
              "capacity": 300,
              "createdAt": "2020-10-12T06:00:00Z"
            }
            """;

    public static final String SITE_NOT_FOUND = """
            {
              "type": "urn:return-ops:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no staging site with code KZ-NOWHERE.",
              "instance": "/api/v1/sites/KZ-NOWHERE"
            }
            """;

    public static final String SITE_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "2 fields are not valid: code, country.",
              "instance": "/api/v1/sites",
              "violations": [
                {"field": "code", "message": "must be 2 to 32 upper-case letters, digits or dashes"},
                {"field": "country", "message": "must be an ISO 3166-1 alpha-3 country code such as KAZ, UZB or TJK"}
              ]
            }
            """;

    public static final String SITE_CONFLICT = """
            {
              "type": "urn:return-ops:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "A staging site with code KZ-ZHIBEK-ZHOLY already exists.",
              "instance": "/api/v1/sites"
            }
            """;

    private Examples() {
    }
}
