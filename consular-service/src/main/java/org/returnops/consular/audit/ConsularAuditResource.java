package org.returnops.consular.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.messaging.audit.AuditResource;

/** The consular service's audit trail for the auditor (the shared endpoint, at the consular service's own path). */
@Path("/api/v1/audit/consular")
@Tag(name = "Consular audit", description = "Reads of queues, clearance cases and travel documents in the consular service, for the auditor")
public class ConsularAuditResource extends AuditResource {
}
