package org.returnops.messaging.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the audit trail, newest first, with the total number of matching rows. */
@Schema(name = "AuditPage")
public record AuditPage(List<AuditRecordView> items, int page, int size, long total) {
}
