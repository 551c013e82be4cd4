package org.returnops.consular.clearancecase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One step of a case's history. */
@Schema(name = "CaseHistory")
public record CaseHistoryView(Instant at, String what, String detail, String cause) {

    static CaseHistoryView of(CaseHistory entry) {
        return new CaseHistoryView(entry.at, entry.what, entry.detail, entry.cause);
    }
}
