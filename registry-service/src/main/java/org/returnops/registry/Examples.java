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
                {"field": "code", "message": "must be 2 to 32 upper-case letters or digits in groups joined by single dashes"},
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

    public static final String MIGRANT_REQUEST = """
            {
              "siteCode": "KZ-ZHIBEK-ZHOLY",
              "nameLatin": {"family": "Rakhimov", "given": "Farrukh", "patronymic": "Alisherovich"},
              "nameCyrillic": {"family": "Рахимов", "given": "Фаррух", "patronymic": "Алишерович"},
              "sex": "M",
              "dateOfBirth": "1988-03-14",
              "nationality": "TJK",
              "phone": "+992935551234",
              "destinationRegion": "Sughd",
              "documents": [
                {"type": "PASSPORT", "number": "401234567", "issuingState": "TJK", "expiresOn": "2024-05-01"}
              ],
              "vulnerabilities": ["SERIOUS_MEDICAL_CONDITION"],
              "seatNeeds": ["NEAR_TOILET"],
              "consent": {"givenAt": "2020-10-12T07:25:00Z", "takenBy": "IOM caseworker D. Omarova", "language": "tg"}
            }
            """;

    public static final String MIGRANT = """
            {
              "id": "6f1c2f0e-5d43-4c8e-9a51-0d2b8f6e4a10",
              "siteCode": "KZ-ZHIBEK-ZHOLY",
              "nameLatin": {"family": "Rakhimov", "given": "Farrukh", "patronymic": "Alisherovich"},
              "nameCyrillic": {"family": "Рахимов", "given": "Фаррух", "patronymic": "Алишерович"},
              "sex": "M",
              "dateOfBirth": "1988-03-14",
              "nationality": "TJK",
              "phone": "+992935551234",
              "destinationRegion": "Sughd",
              "documents": [
                {"type": "PASSPORT", "number": "401234567", "issuingState": "TJK", "expiresOn": "2024-05-01"}
              ],
              "vulnerabilities": ["SERIOUS_MEDICAL_CONDITION"],
              "seatNeeds": ["NEAR_TOILET"],
              "consent": {"givenAt": "2020-10-12T07:25:00Z", "takenBy": "IOM caseworker D. Omarova", "language": "tg"},
              "status": "REGISTERED",
              "registeredAt": "2020-10-12T07:30:00Z",
              "updatedAt": "2020-10-12T07:30:00Z",
              "version": 0
            }
            """;

    public static final String MIGRANT_DOCUMENT_IN_USE = """
            {
              "type": "urn:return-ops:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "The PASSPORT 401234567 issued by TJK is already registered to person 6f1c2f0e-5d43-4c8e-9a51-0d2b8f6e4a10.",
              "instance": "/api/v1/migrants",
              "existingId": "6f1c2f0e-5d43-4c8e-9a51-0d2b8f6e4a10"
            }
            """;

    public static final String ILLEGAL_TRANSITION = """
            {
              "type": "urn:return-ops:problem:illegal-transition",
              "title": "Status change not allowed",
              "status": 409,
              "detail": "A person cannot go from IN_TRANSIT to WITHDRAWN; from IN_TRANSIT the next status can be [ARRIVED, NO_SHOW].",
              "instance": "/api/v1/migrants/6f1c2f0e-5d43-4c8e-9a51-0d2b8f6e4a10/withdrawal"
            }
            """;

    public static final String MIGRANT_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "2 fields are not valid: dateOfBirth, nationality.",
              "instance": "/api/v1/migrants",
              "violations": [
                {"field": "dateOfBirth", "message": "must be a past date"},
                {"field": "nationality", "message": "must be an ISO 3166-1 alpha-3 country code such as KAZ, UZB or TJK"}
              ]
            }
            """;

    public static final String MRZ_REQUEST = """
            {
              "lines": [
                "P<TJKRAKHIMOV<<FARRUKH<<<<<<<<<<<<<<<<<<<<<<",
                "4012345676TJK8803148M2906117<<<<<<<<<<<<<<00"
              ]
            }
            """;

    public static final String MRZ = """
            {
              "format": "TD3",
              "documentCode": "P",
              "documentType": "PASSPORT",
              "issuingState": "TJK",
              "surname": "RAKHIMOV",
              "givenNames": "FARRUKH",
              "documentNumber": "401234567",
              "nationality": "TJK",
              "dateOfBirth": "1988-03-14",
              "sex": "M",
              "dateOfExpiry": "2029-06-11",
              "optionalData": null
            }
            """;

    public static final String MRZ_INVALID = """
            {
              "type": "urn:return-ops:problem:validation",
              "title": "Request is not valid",
              "status": 400,
              "detail": "Field lines must not be null.",
              "instance": "/api/v1/mrz",
              "violations": [
                {"field": "lines", "message": "must not be null"}
              ]
            }
            """;

    public static final String MRZ_CHECK_DIGIT = """
            {
              "type": "urn:return-ops:problem:mrz-check-digit",
              "title": "MRZ check digit failed",
              "status": 422,
              "detail": "The check digit of documentNumber is 6 but the data gives 1.",
              "instance": "/api/v1/mrz"
            }
            """;

    public static final String MRZ_UNREADABLE = """
            {
              "type": "urn:return-ops:problem:mrz-format",
              "title": "MRZ cannot be read",
              "status": 422,
              "detail": "Line 2 has 43 characters; line 1 makes this a TD3 zone, whose lines have 44.",
              "instance": "/api/v1/mrz"
            }
            """;

    public static final String MIGRANT_PATCH = """
            {
              "destinationRegion": "Khatlon",
              "consent": {"givenAt": "2020-10-13T09:00:00Z", "takenBy": "IOM caseworker D. Omarova", "language": "ru"}
            }
            """;

    public static final String HOUSEHOLD_REQUEST = """
            {
              "headId": "6f1c2f0e-5d43-4c8e-9a51-0d2b8f6e4a10",
              "memberIds": ["0b7e9a51-2c3d-4e5f-8a9b-1c2d3e4f5a6b"],
              "newMembers": [
                {
                  "siteCode": "KZ-ZHIBEK-ZHOLY",
                  "nameLatin": {"family": "Rakhimova", "given": "Madina"},
                  "sex": "F",
                  "dateOfBirth": "2014-07-02",
                  "nationality": "TJK",
                  "destinationRegion": "Sughd"
                }
              ]
            }
            """;

    private Examples() {
    }
}
