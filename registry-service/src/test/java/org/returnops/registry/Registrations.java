package org.returnops.registry;

import java.util.HashMap;
import java.util.Map;

/** A valid registration body, for tests to change one thing at a time. */
public final class Registrations {

    private Registrations() {
    }

    public static Map<String, Object> farrukh() {
        Map<String, Object> body = new HashMap<>();
        body.put("siteCode", "KZ-ZHIBEK-ZHOLY");
        body.put("nameLatin", Map.of("family", "Rakhimov", "given", "Farrukh"));
        body.put("nameCyrillic", Map.of("family", "Рахимов", "given", "Фаррух"));
        body.put("sex", "M");
        body.put("dateOfBirth", "1988-03-14");
        body.put("nationality", "TJK");
        body.put("destinationRegion", "Sughd");
        body.put("consent", Map.of("givenAt", "2020-10-12T07:25:00Z", "takenBy", "IOM caseworker D. Omarova",
                "language", "tg"));
        return body;
    }

    /** The same person under other names: a script given as null is left out of the body. */
    public static Map<String, Object> farrukhNamed(Map<String, ?> latin, Map<String, ?> cyrillic) {
        Map<String, Object> body = farrukh();
        body.remove("nameLatin");
        body.remove("nameCyrillic");
        if (latin != null) {
            body.put("nameLatin", latin);
        }
        if (cyrillic != null) {
            body.put("nameCyrillic", cyrillic);
        }
        return body;
    }
}
