package org.returnops.registry.mrz;

import org.returnops.platform.problem.DomainProblem;

/**
 * An MRZ the registry refuses to take data from. A wrong check digit is told apart from an unreadable zone
 * because it usually means one misread character: the operator re-scans or corrects that field, while an
 * unreadable zone means the wrong thing was scanned or typed. Both are 422: the request is well formed, the
 * document data in it is not.
 */
public class MrzInvalid extends DomainProblem {

    public static final String FORMAT = "mrz-format";
    public static final String CHECK_DIGIT = "mrz-check-digit";

    private final String field;

    private MrzInvalid(String slug, String title, String field, String detail) {
        super(422, slug, title, detail);
        this.field = field;
    }

    /** The zone cannot be read: wrong lines, a character outside the MRZ alphabet, an impossible value. */
    public static MrzInvalid format(String field, String detail) {
        return new MrzInvalid(FORMAT, "MRZ cannot be read", field, detail);
    }

    /** The check digit printed for {@code field} differs from the one its data gives. */
    public static MrzInvalid checkDigit(String field, char printed, int computed) {
        return new MrzInvalid(CHECK_DIGIT, "MRZ check digit failed", field,
                "The check digit of " + field + " is " + printed + " but the data gives " + computed + ".");
    }

    /**
     * The field that failed, as {@link MrzData} names it ({@code documentNumber}, {@code dateOfBirth},
     * {@code dateOfExpiry}, {@code optionalData}, {@code composite}, {@code sex}, ...) or {@code lines} when
     * the zone as a whole has the wrong shape.
     */
    public String field() {
        return field;
    }
}
