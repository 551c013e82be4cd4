package org.returnops.consular.authority;

/** The clearances the land route Kazakhstan → Uzbekistan → Tajikistan needs, one authority each. */
public enum ClearanceType {
    /** Kazakhstan: exit permission, with overstay amnesty. */
    KZ_EXIT,
    /** Uzbekistan: transit, which may require a recent negative PCR test. */
    UZ_TRANSIT,
    /** Tajikistan: nationality verification and travel document (certificate of return). */
    TJ_NATIONALITY,
    /** Tajikistan: entry at the border, with health screening and quarantine. */
    TJ_ENTRY
}
