package org.returnops.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka topics of the suite. Stable strings written here once, never derived from a class or
 * package name: renaming code must not change the wire.
 *
 * <p>Internal topics carry the services' events to one another and are readable by the suite's services
 * only. Each authority system (embassy, migration and border services) has three topics of its own, named
 * after its authority code in lower case ({@code TJ-EMBASSY-KZ} → {@code tj-embassy-kz}):
 * {@code partner.<authority>.requests.v1} (what it is asked to decide), {@code partner.<authority>.decisions.v1}
 * (its decisions, which only it may write) and {@code partner.<authority>.rejections.v1} (its decisions the
 * suite refused, with the reason).
 */
public final class Topics {

    private static final String PLACEHOLDER = "{authority}";
    private static final Pattern AUTHORITY_CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    /** Registry → services: a person's registration, changes and withdrawal. Key: migrant id. */
    public static final String REGISTRY_MIGRANTS = "registry.migrants.v1";
    /** Consular → services: clearances decided, people cleared or denied, documents issued. Key: migrant id. */
    public static final String CONSULAR_CLEARANCES = "consular.clearances.v1";
    /** Transport → services: convoys planned, manifests, departures, checkpoints, arrivals. Key: convoy or migrant id. */
    public static final String TRANSPORT_CONVOYS = "transport.convoys.v1";

    /** Consular → one authority: the clearances it is asked to decide. Key: migrant id. */
    public static final String PARTNER_REQUESTS = "partner.{authority}.requests.v1";
    /** One authority → consular: its decisions. Key: clearance id. */
    public static final String PARTNER_DECISIONS = "partner.{authority}.decisions.v1";
    /** Consular → one authority: its decisions the suite refused, with the reason. Key: clearance id. */
    public static final String PARTNER_REJECTIONS = "partner.{authority}.rejections.v1";

    /** The authorities of the land route that have topics of their own, by authority code. */
    public static final List<String> AUTHORITIES = List.of("KZ-MIGRATION", "UZ-BORDER", "TJ-EMBASSY-KZ", "TJ-BORDER");

    /** The topics between the suite's services, readable by them only. */
    public static final List<String> INTERNAL = List.of(REGISTRY_MIGRANTS, CONSULAR_CLEARANCES, TRANSPORT_CONVOYS);

    /** The per-authority topic templates, in the order requests, decisions, rejections. */
    public static final List<String> PARTNER_TEMPLATES = List.of(PARTNER_REQUESTS, PARTNER_DECISIONS,
            PARTNER_REJECTIONS);

    /** Every topic that carries events (their dead-letter companions excluded). */
    public static final List<String> ALL = all();

    /** The topics the suite's services consume, each of which has a dead-letter companion. */
    public static final List<String> CONSUMED = consumed();

    /** The suffix of a topic's dead-letter companion. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter companion of a topic: where what its consumers cannot process goes, with the reason. */
    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** A per-authority template for one authority, e.g. {@code partner.tj-embassy-kz.decisions.v1}. */
    public static String forAuthority(String template, String authorityCode) {
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException(template + " is not a per-authority topic");
        }
        if (authorityCode == null || !AUTHORITY_CODE.matcher(authorityCode).matches()) {
            throw new IllegalArgumentException("not an authority code: " + authorityCode);
        }
        return template.replace(PLACEHOLDER, authorityCode.toLowerCase(Locale.ROOT));
    }

    public static String requests(String authorityCode) {
        return forAuthority(PARTNER_REQUESTS, authorityCode);
    }

    public static String decisions(String authorityCode) {
        return forAuthority(PARTNER_DECISIONS, authorityCode);
    }

    public static String rejections(String authorityCode) {
        return forAuthority(PARTNER_REJECTIONS, authorityCode);
    }

    /**
     * The authority whose topic this is, if the topic is an instance of the template: the topic names the
     * authority, and only that authority's principal may write its decisions topic.
     */
    public static Optional<String> authorityOf(String template, String topic) {
        int at = template.indexOf(PLACEHOLDER);
        if (at < 0) {
            return Optional.empty();
        }
        Pattern pattern = Pattern.compile(Pattern.quote(template.substring(0, at)) + "([a-z0-9]+(?:-[a-z0-9]+)*)"
                + Pattern.quote(template.substring(at + PLACEHOLDER.length())));
        Matcher matcher = pattern.matcher(topic);
        return matcher.matches() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(INTERNAL);
        for (String authority : AUTHORITIES) {
            PARTNER_TEMPLATES.forEach(template -> all.add(forAuthority(template, authority)));
        }
        return List.copyOf(all);
    }

    private static List<String> consumed() {
        List<String> consumed = new ArrayList<>(INTERNAL);
        AUTHORITIES.forEach(authority -> consumed.add(decisions(authority)));
        return List.copyOf(consumed);
    }
}
