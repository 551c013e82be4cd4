package org.returnops.registry.duplicate;

/**
 * A person's family and given name as {@link NameKeys#phoneticKey phonetic keys}, per script; both keys of
 * a script are {@code null} when the person has no name in it. Computed once when a person is written and
 * stored with them, so that looking for likely duplicates transliterates nothing.
 */
public record PersonKeys(String familyLatin, String givenLatin, String familyCyrillic, String givenCyrillic) {

    public static PersonKeys of(PersonNames names) {
        boolean latin = names.hasLatin();
        boolean cyrillic = names.hasCyrillic();
        return new PersonKeys(latin ? NameKeys.phoneticKey(names.familyLatin()) : null,
                latin ? NameKeys.phoneticKey(names.givenLatin()) : null,
                cyrillic ? NameKeys.phoneticKey(names.familyCyrillic()) : null,
                cyrillic ? NameKeys.phoneticKey(names.givenCyrillic()) : null);
    }

    public boolean hasLatin() {
        return familyLatin != null || givenLatin != null;
    }

    public boolean hasCyrillic() {
        return familyCyrillic != null || givenCyrillic != null;
    }
}
