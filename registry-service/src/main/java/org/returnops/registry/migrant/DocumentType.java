package org.returnops.registry.migrant;

/** Identity documents a person may hold; a certificate of return is issued by the Tajik embassy. */
public enum DocumentType {
    PASSPORT,
    NATIONAL_ID,
    BIRTH_CERTIFICATE,
    CERTIFICATE_OF_RETURN
}
