package org.returnops.registry.site;

/** What kind of place people are registered and wait at before departure. */
public enum SiteKind {
    BORDER_CHECKPOINT,
    ASSEMBLY_POINT,
    SHELTER
}
