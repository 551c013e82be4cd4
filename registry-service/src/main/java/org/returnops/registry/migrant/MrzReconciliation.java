package org.returnops.registry.migrant;

import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.registry.mrz.MrzData;
import org.returnops.registry.mrz.MrzParser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A registration that carries the machine-readable zone of a passport or identity card: the MRZ is read (422 when
 * it cannot be, naming the failed check digit), its document joins the typed ones, the Latin name is taken from it
 * when none was typed, and every typed field that contradicts it is refused, all at once.
 */
final class MrzReconciliation {

    private MrzReconciliation() {
    }

    /** The request as it is to be registered: unchanged without an MRZ. */
    static MigrantRequest reconcile(MigrantRequest request) {
        if (request.mrz() == null) {
            return request;
        }
        MrzData mrz = MrzParser.parse(request.mrz());
        List<Problem.Violation> violations = new ArrayList<>();
        contradiction(violations, "dateOfBirth", request.dateOfBirth(), mrz.dateOfBirth());
        contradiction(violations, "nationality", request.nationality(), mrz.nationality());
        contradiction(violations, "sex", request.sex(), mrz.sex());
        if (request.nameLatin() != null && !mrzForm(request.nameLatin().family()).equals(mrzForm(mrz.surname()))) {
            violations.add(new Problem.Violation("nameLatin.family", "contradicts the MRZ (" + mrz.surname() + ")"));
        }
        DocumentType type = switch (mrz.documentType()) {
            case "PASSPORT" -> DocumentType.PASSPORT;
            case "NATIONAL_ID" -> DocumentType.NATIONAL_ID;
            default -> null;
        };
        if (type == null) {
            violations.add(new Problem.Violation("mrz", "is not a passport or identity card (" + mrz.documentCode() + ")"));
        }
        List<MigrantRequest.Document> documents = new ArrayList<>(request.documentsOrEmpty());
        for (int i = 0; i < documents.size(); i++) {
            MigrantRequest.Document typed = documents.get(i);
            if (typed.type() == type && typed.number().equals(mrz.documentNumber())) {
                contradiction(violations, "documents[" + i + "].issuingState", typed.issuingState(), mrz.issuingState());
                if (typed.expiresOn() != null) {
                    contradiction(violations, "documents[" + i + "].expiresOn", typed.expiresOn(), mrz.dateOfExpiry());
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        documents.removeIf(typed -> typed.type() == type && typed.number().equals(mrz.documentNumber()));
        documents.add(new MigrantRequest.Document(type, mrz.documentNumber(), mrz.issuingState(), mrz.dateOfExpiry()));
        MigrantRequest.Name latin = request.nameLatin() != null ? request.nameLatin()
                : new MigrantRequest.Name(capitalised(mrz.surname()), capitalised(mrz.givenNames()), null);
        return new MigrantRequest(request.siteCode(), latin, request.nameCyrillic(), request.sex(),
                request.dateOfBirth(), request.nationality(), request.phone(), request.destinationRegion(), documents,
                null, request.vulnerabilities(), request.seatNeeds(), request.consent());
    }

    private static void contradiction(List<Problem.Violation> violations, String field, Object typed, Object read) {
        if (!read.equals(typed)) {
            violations.add(new Problem.Violation(field, "contradicts the MRZ (" + read + ")"));
        }
    }

    /** A Latin name as the MRZ writes it: upper case, letters only. */
    private static String mrzForm(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String capitalised(String mrzName) {
        return Stream.of(mrzName.toLowerCase(Locale.ROOT).split(" "))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
