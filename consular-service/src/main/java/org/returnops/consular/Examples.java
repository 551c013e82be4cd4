package org.returnops.consular;

/** Request and response examples of the consular service's API, shown in the OpenAPI document. */
public final class Examples {

    public static final String AUTHORITY_REQUEST = """
            {
              "code": "TJ-EMBASSY-UZ",
              "name": "Embassy of the Republic of Tajikistan in Uzbekistan",
              "country": "TJK",
              "clearance": "TJ_NATIONALITY",
              "partnerRole": "tj-embassy"
            }
            """;

    public static final String AUTHORITY = """
            {
              "code": "KZ-MIGRATION",
              "name": "Migration Service, Ministry of Internal Affairs of Kazakhstan",
              "country": "KAZ",
              "clearance": "KZ_EXIT",
              "partnerRole": "kz-migration",
              "createdAt": "2020-10-12T06:00:00Z"
            }
            """;

    public static final String AUTHORITY_NOT_FOUND = """
            {
              "type": "urn:return-ops:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no authority with code XX-NOBODY.",
              "instance": "/api/v1/authorities/XX-NOBODY"
            }
            """;

    public static final String AUTHORITY_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "Field partnerRole must be one of kz-migration, uz-border, tj-embassy, tj-border.",
              "instance": "/api/v1/authorities",
              "violations": [
                {"field": "partnerRole", "message": "must be one of kz-migration, uz-border, tj-embassy, tj-border"}
              ]
            }
            """;

    public static final String AUTHORITY_CONFLICT = """
            {
              "type": "urn:return-ops:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "An authority with code KZ-MIGRATION already exists.",
              "instance": "/api/v1/authorities"
            }
            """;

    public static final String DECISION_REQUEST = """
            {
              "outcome": "GRANTED",
              "referenceNumber": "KZ-MVD-2020-10-4471",
              "validUntil": "2020-11-12T00:00:00Z",
              "decidedBy": "Major A. Zhunusov"
            }
            """;

    public static final String DECISION_DENIED = """
            {
              "outcome": "DENIED",
              "reason": "no negative PCR test within 72 hours of the planned crossing",
              "decidedBy": "Gisht Kuprik border post"
            }
            """;

    private Examples() {
    }
}
