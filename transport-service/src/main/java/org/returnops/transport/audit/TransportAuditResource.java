package org.returnops.transport.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.messaging.audit.AuditResource;

/** The transport service's audit trail for the auditor (the shared endpoint, at the transport service's own path). */
@Path("/api/v1/audit/transport")
@Tag(name = "Transport audit", description = "Reads of manifests and their CSV in the transport service, for the auditor")
public class TransportAuditResource extends AuditResource {
}
