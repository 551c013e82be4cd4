package org.returnops.consular.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.consular.authority.ClearanceType;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.consular.traveldocument.TravelDocument;
import org.returnops.consular.traveldocument.TravelDocumentRepository;
import org.returnops.contracts.EventJson;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.platform.problem.DomainProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rules a grant must meet on this route, apart from who decides and when: what it needs (a passport or a
 * certificate of return, a recent negative PCR test) and how long it can last.
 */
@ApplicationScoped
public class GrantRules {

    @Inject TravelDocumentRepository travelDocuments;
    @Inject RouteConfig route;

    /**
     * The route's conditions of a grant: TJ nationality needs a valid passport or a valid certificate of
     * return; UZ transit may need a recent negative PCR test.
     */
    void checkGrantable(Clearance clearance, ClearanceCase clearanceCase, Instant now) {
        if (clearance.type == ClearanceType.TJ_NATIONALITY && !hasValidPassport(clearanceCase)
                && !travelDocuments.holdsValid(clearanceCase.migrantId, LocalDate.now())) {
            throw new DomainProblem.Conflict("Person " + clearanceCase.migrantId + " has no valid passport: the "
                    + "embassy issues a certificate of return first (POST /api/v1/clearance-cases/"
                    + clearanceCase.migrantId + "/travel-documents).");
        }
        if (clearance.type == ClearanceType.UZ_TRANSIT && route.pcrRequired()
                && (clearanceCase.pcrNegativeAt == null
                        || clearanceCase.pcrNegativeAt.isBefore(now.minus(route.pcrValidity())))) {
            throw new DomainProblem.Conflict("UZ transit needs a negative PCR test taken within "
                    + route.pcrValidity().toHours() + " hours; " + (clearanceCase.pcrNegativeAt == null ? "none is recorded"
                    : "the latest was taken at " + clearanceCase.pcrNegativeAt) + ".");
        }
    }

    /**
     * How long a grant lasts: no longer than the authority said, nor than what it rests on (UZ transit on
     * the negative PCR test, TJ nationality without a passport on the certificate of return); and when
     * the person's departure is planned, a grant that would lapse before it is refused.
     */
    Instant grantValidity(Clearance clearance, ClearanceCase clearanceCase, Instant requested) {
        Instant until = requested;
        String restsOn = null;
        if (clearance.type == ClearanceType.UZ_TRANSIT && route.pcrRequired()) {
            Instant pcrUntil = clearanceCase.pcrNegativeAt.plus(route.pcrValidity());
            if (until == null || pcrUntil.isBefore(until)) {
                until = pcrUntil;
                restsOn = "the negative PCR test taken at " + clearanceCase.pcrNegativeAt + " counts for "
                        + route.pcrValidity().toHours() + " hours";
            }
        }
        if (clearance.type == ClearanceType.TJ_NATIONALITY && !hasValidPassport(clearanceCase)) {
            Optional<TravelDocument> certificate = travelDocuments.validFor(clearanceCase.migrantId, LocalDate.now());
            if (certificate.isPresent()) {
                Instant certificateUntil = certificate.get().validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                if (until == null || certificateUntil.isBefore(until)) {
                    until = certificateUntil;
                    restsOn = "certificate of return " + certificate.get().number + " is valid until "
                            + certificate.get().validUntil;
                }
            }
        }
        if (clearanceCase.plannedDeparture != null && until != null && until.isBefore(clearanceCase.plannedDeparture)) {
            throw new DomainProblem.Conflict(clearance.type + " would be valid only until " + until
                    + (restsOn == null ? "" : " (" + restsOn + ")") + ", before the planned departure at "
                    + clearanceCase.plannedDeparture + (restsOn != null && clearance.type == ClearanceType.UZ_TRANSIT
                            ? ": record a newer negative test first." : "."));
        }
        return until;
    }

    private static boolean hasValidPassport(ClearanceCase clearanceCase) {
        LocalDate today = LocalDate.now();
        return Arrays.stream(EventJson.read(clearanceCase.documentsJson, IdentityDocument[].class))
                .anyMatch(d -> d.type().equals("PASSPORT") && (d.expiresOn() == null || !d.expiresOn().isBefore(today)));
    }
}
