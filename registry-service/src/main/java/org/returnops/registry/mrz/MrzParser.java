package org.returnops.registry.mrz;

import org.returnops.registry.mrz.MrzFields.Names;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.returnops.registry.mrz.MrzFields.birthDate;
import static org.returnops.registry.mrz.MrzFields.documentCode;
import static org.returnops.registry.mrz.MrzFields.documentNumber;
import static org.returnops.registry.mrz.MrzFields.expiryDate;
import static org.returnops.registry.mrz.MrzFields.names;
import static org.returnops.registry.mrz.MrzFields.optional;
import static org.returnops.registry.mrz.MrzFields.sex;
import static org.returnops.registry.mrz.MrzFields.state;

/**
 * Reads the machine-readable zone of a travel document (ICAO Doc 9303 parts 3 to 6) and refuses it unless every
 * check digit holds. Scanners and hand typing both misread characters (0 and O, 8 and B); the check digits are
 * what lets the registry take the person's identity from the document instead of trusting a misread one.
 * Plain Java without state, so that the rules are tested without starting the service.
 *
 * <p>Messages name lines and character positions counted from 1, as printed on the document.
 */
public final class MrzParser {

    private static final int TD1_LENGTH = 30;
    private static final int TD2_LENGTH = 36;
    private static final int TD3_LENGTH = 44;
    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzParser() {
    }

    /** Parses the zone, placing two-digit birth years with today's date in UTC. */
    public static MrzData parse(List<String> lines) {
        return parse(lines, Clock.systemUTC());
    }

    /**
     * Parses the zone.
     *
     * @param lines the two (TD2, TD3) or three (TD1) lines, top first; surrounding blanks are ignored and lower
     *              case letters are read as upper case
     * @param clock gives today's date, which places a two-digit birth year in its century
     * @throws MrzInvalid when the zone cannot be read or a check digit fails
     */
    public static MrzData parse(List<String> lines, Clock clock) {
        List<String> zone = normalise(lines);
        LocalDate today = LocalDate.now(clock);
        return switch (zone.get(0).length()) {
            case TD1_LENGTH -> td1(zone, today);
            case TD2_LENGTH -> td2(zone, today);
            default -> td3(zone, today);
        };
    }

    /**
     * The ICAO 9303 check digit of {@code data}: digits count as themselves, A to Z as 10 to 35 and the filler
     * {@code <} as 0, weighted 7, 3, 1 repeating; the sum modulo 10.
     */
    static int checkDigit(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += value(data.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }

    private static MrzData td3(List<String> zone, LocalDate today) {
        String line1 = zone.get(0);
        String line2 = zone.get(1);
        verify("documentNumber", line2.substring(0, 9), 2, line2, 9, false);
        verify("dateOfBirth", line2.substring(13, 19), 2, line2, 19, false);
        verify("dateOfExpiry", line2.substring(21, 27), 2, line2, 27, false);
        verify("optionalData", line2.substring(28, 42), 2, line2, 42, true);
        verify("composite", line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43),
                2, line2, 43, false);
        Names names = names(line1, 1, 5);
        return new MrzData("TD3", documentCode(line1), state("issuingState", line1, 1, 2), names.surname(),
                names.givenNames(), documentNumber(line2.substring(0, 9), 2, 0), state("nationality", line2, 2, 10),
                birthDate(line2, 2, 13, today), sex(line2, 2, 20), expiryDate(line2, 2, 21),
                optional(line2.substring(28, 42)));
    }

    private static MrzData td2(List<String> zone, LocalDate today) {
        String line1 = zone.get(0);
        String line2 = zone.get(1);
        NumberAndRest number = longDocumentNumber(line2, 2, 0, 28, 35);
        verify("dateOfBirth", line2.substring(13, 19), 2, line2, 19, false);
        verify("dateOfExpiry", line2.substring(21, 27), 2, line2, 27, false);
        verify("composite", line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 35),
                2, line2, 35, false);
        Names names = names(line1, 1, 5);
        return new MrzData("TD2", documentCode(line1), state("issuingState", line1, 1, 2), names.surname(),
                names.givenNames(), number.documentNumber(), state("nationality", line2, 2, 10),
                birthDate(line2, 2, 13, today), sex(line2, 2, 20), expiryDate(line2, 2, 21), optional(number.rest()));
    }

    private static MrzData td1(List<String> zone, LocalDate today) {
        String line1 = zone.get(0);
        String line2 = zone.get(1);
        String line3 = zone.get(2);
        NumberAndRest number = longDocumentNumber(line1, 1, 5, 15, 30);
        verify("dateOfBirth", line2.substring(0, 6), 2, line2, 6, false);
        verify("dateOfExpiry", line2.substring(8, 14), 2, line2, 14, false);
        verify("composite", line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15)
                + line2.substring(18, 29), 2, line2, 29, false);
        Names names = names(line3, 3, 0);
        String first = optional(number.rest());
        String second = optional(line2.substring(18, 29));
        String optionalData = first == null ? second : second == null ? first : first + " " + second;
        return new MrzData("TD1", documentCode(line1), state("issuingState", line1, 1, 2), names.surname(),
                names.givenNames(), number.documentNumber(), state("nationality", line2, 2, 15),
                birthDate(line2, 2, 0, today), sex(line2, 2, 7), expiryDate(line2, 2, 8), optionalData);
    }

    private static List<String> normalise(List<String> lines) {
        if (lines == null || lines.size() < 2 || lines.size() > 3) {
            throw MrzInvalid.format("lines", "An MRZ has 2 lines (passport TD3, or TD2) or 3 lines (ID card TD1), not "
                    + (lines == null ? 0 : lines.size()) + ".");
        }
        List<String> zone = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                throw MrzInvalid.format("lines", "Line " + (i + 1) + " is missing.");
            }
            zone.add(upperCase(lines.get(i).trim(), i + 1));
        }
        int length = zone.get(0).length();
        if (zone.size() == 3 && length != TD1_LENGTH) {
            throw MrzInvalid.format("lines", "Line 1 has " + length
                    + " characters; each line of a three-line MRZ (TD1) has 30.");
        }
        if (zone.size() == 2 && length != TD2_LENGTH && length != TD3_LENGTH) {
            throw MrzInvalid.format("lines", "Line 1 has " + length
                    + " characters; each line of a two-line MRZ has 44 (passport, TD3) or 36 (TD2).");
        }
        for (int i = 1; i < zone.size(); i++) {
            if (zone.get(i).length() != length) {
                throw MrzInvalid.format("lines", "Line " + (i + 1) + " has " + zone.get(i).length()
                        + " characters; line 1 makes this a " + format(zone.size(), length)
                        + " zone, whose lines have " + length + ".");
            }
        }
        return zone;
    }

    private static String format(int lines, int length) {
        return lines == 3 ? "TD1" : length == TD2_LENGTH ? "TD2" : "TD3";
    }

    /** Upper-cases ASCII letters only: a Unicode upper-casing would turn the Turkish dotless i into a valid I. */
    private static String upperCase(String line, int lineNo) {
        StringBuilder upper = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char u = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (!(u >= 'A' && u <= 'Z' || u >= '0' && u <= '9' || u == '<')) {
                throw MrzInvalid.format("lines", "Line " + lineNo + " has " + describe(line, i) + " at position "
                        + (i + 1) + "; an MRZ holds only A-Z, 0-9 and <.");
            }
            upper.append(u);
        }
        return upper.toString();
    }

    private static String describe(String line, int index) {
        int codePoint = line.codePointAt(index);
        if (codePoint == ' ') {
            return "a space";
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || !Character.isDefined(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return String.format("the character U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    /**
     * Verifies the check digit at {@code position} (0-based) of {@code line} against {@code data}. Where
     * {@code fillerAllowed}, a field of fillers only may carry the filler as its check digit.
     */
    private static void verify(String field, String data, int lineNo, String line, int position,
            boolean fillerAllowed) {
        char printed = line.charAt(position);
        int computed = checkDigit(data);
        if (printed >= '0' && printed <= '9') {
            if (printed - '0' != computed) {
                throw MrzInvalid.checkDigit(field, printed, computed);
            }
        } else if (printed == '<' && fillerAllowed) {
            if (!isFillers(data)) {
                throw MrzInvalid.checkDigit(field, printed, computed);
            }
        } else {
            throw MrzInvalid.format(field, "Line " + lineNo + " holds '" + printed + "' at position " + (position + 1)
                    + ", where the check digit of " + field + " belongs; a check digit is 0-9.");
        }
    }

    /**
     * The document number of a TD1 or TD2 and what is left of the optional data after it. A number longer than
     * nine characters shows its first nine, a filler where the check digit belongs, and continues at the start
     * of the optional data, followed by the check digit of the whole number and a filler (9303 part 5 and 6).
     */
    private static NumberAndRest longDocumentNumber(String line, int lineNo, int start, int optionalStart,
            int optionalEnd) {
        String principal = line.substring(start, start + 9);
        int checkPosition = start + 9;
        String optional = line.substring(optionalStart, optionalEnd);
        if (line.charAt(checkPosition) != '<') {
            verify("documentNumber", principal, lineNo, line, checkPosition, false);
            return new NumberAndRest(documentNumber(principal, lineNo, start), optional);
        }
        int end = optional.indexOf('<');
        int run = end < 0 ? optional.length() : end;
        if (run < 2) {
            throw MrzInvalid.format("documentNumber", "Line " + lineNo + " holds < at position " + (checkPosition + 1)
                    + ", which says the document number continues in the optional data, but the optional data at "
                    + "position " + (optionalStart + 1) + " does not continue it with the rest and a check digit.");
        }
        String overflow = optional.substring(0, run - 1);
        verify("documentNumber", principal + overflow, lineNo, line, optionalStart + run - 1, false);
        return new NumberAndRest(documentNumber(principal + overflow, lineNo, start), optional.substring(run));
    }

    private static boolean isFillers(String data) {
        return data.chars().allMatch(c -> c == '<');
    }

    /** A document number and the optional data that follows its overflow, if any. */
    private record NumberAndRest(String documentNumber, String rest) {
    }
}
