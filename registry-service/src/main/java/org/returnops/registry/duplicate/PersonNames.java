package org.returnops.registry.duplicate;

/**
 * A person's family and given name as registered in each script. Registrars copy names from
 * whatever document the person carries (a Tajik passport in Latin, a Kazakh migration card in
 * Cyrillic, sometimes both), so duplicate detection must compare every script that is present
 * rather than one canonical spelling. Any part may be {@code null}; at least one must be
 * non-blank.
 */
public record PersonNames(String familyLatin, String givenLatin, String familyCyrillic, String givenCyrillic) {

    public PersonNames {
        if (isBlank(familyLatin) && isBlank(givenLatin) && isBlank(familyCyrillic) && isBlank(givenCyrillic)) {
            throw new IllegalArgumentException("a person needs at least one name part in Latin or Cyrillic");
        }
    }

    /** Names in Latin script only. */
    public static PersonNames latin(String family, String given) {
        return new PersonNames(family, given, null, null);
    }

    /** Names in Cyrillic script only. */
    public static PersonNames cyrillic(String family, String given) {
        return new PersonNames(null, null, family, given);
    }

    /** Whether a Latin family or given name is present. */
    public boolean hasLatin() {
        return !isBlank(familyLatin) || !isBlank(givenLatin);
    }

    /** Whether a Cyrillic family or given name is present. */
    public boolean hasCyrillic() {
        return !isBlank(familyCyrillic) || !isBlank(givenCyrillic);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
