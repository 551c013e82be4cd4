package org.returnops.registry.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.messaging.audit.AuditResource;

/** The registry's audit trail for the auditor (the shared endpoint, at the registry's own path). */
@Path("/api/v1/audit/registry")
@Tag(name = "Registry audit", description = "Reads and changes of people's records in the registry, for the auditor")
public class RegistryAuditResource extends AuditResource {
}
