package org.returnops.registry.mrz;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The fields of a machine-readable zone read one by one (document code, state codes, names, dates, sex, document
 * number), each refused with a message naming its line and positions when it cannot be what ICAO 9303 says it is.
 */
final class MrzFields {

    private MrzFields() {
    }

    static String documentNumber(String field, int lineNo, int start) {
        String number = field.replace("<", "");
        if (number.isEmpty()) {
            throw MrzInvalid.format("documentNumber", "Line " + lineNo + " holds no document number at positions "
                    + (start + 1) + "-" + (start + 9) + ".");
        }
        return number;
    }

    static String documentCode(String line1) {
        char first = line1.charAt(0);
        char second = line1.charAt(1);
        if (!isLetter(first) || !(isLetter(second) || second == '<')) {
            throw MrzInvalid.format("documentCode", "Line 1 starts with " + line1.substring(0, 2)
                    + "; an MRZ starts with the document code, a letter such as P, I, A, C or V, then a letter or <.");
        }
        return second == '<' ? String.valueOf(first) : line1.substring(0, 2);
    }

    /** A state or organisation code: one to three letters padded with fillers, such as TJK, UTO or D<<. */
    static String state(String field, String line, int lineNo, int start) {
        String code = line.substring(start, start + 3);
        if (!code.matches("[A-Z]{1,3}<*")) {
            throw MrzInvalid.format(field, "Line " + lineNo + " holds " + code + " at positions " + (start + 1) + "-"
                    + (start + 3) + " as " + field + "; it must be a three-letter code such as TJK, padded with <"
                    + " when shorter.");
        }
        return code.replace("<", "");
    }

    /** Surname and given names: primary and secondary identifiers split at the first {@code <<}. */
    static Names names(String line, int lineNo, int start) {
        String field = line.substring(start);
        int separator = field.indexOf("<<");
        for (int i = 0; i < field.length(); i++) {
            if (!isLetter(field.charAt(i)) && field.charAt(i) != '<') {
                throw MrzInvalid.format(separator < 0 || i < separator ? "surname" : "givenNames", "Line " + lineNo
                        + " holds '" + field.charAt(i) + "' at position " + (start + i + 1)
                        + " in the name; names in an MRZ are letters and < only.");
            }
        }
        String surname = words(separator < 0 ? field : field.substring(0, separator));
        String givenNames = separator < 0 ? "" : words(field.substring(separator + 2));
        if (surname.isEmpty()) {
            throw MrzInvalid.format("surname", "Line " + lineNo + " holds no surname: the name at position "
                    + (start + 1) + " starts with <.");
        }
        return new Names(surname, givenNames);
    }

    private static String words(String fillerSeparated) {
        return fillerSeparated.replaceAll("<+", " ").trim();
    }

    static String optional(String field) {
        String value = words(field);
        return value.isEmpty() ? null : value;
    }

    static LocalDate birthDate(String line, int lineNo, int start, LocalDate today) {
        int[] ymd = digits("dateOfBirth", line, lineNo, start);
        int year = today.getYear() - today.getYear() % 100 + ymd[0];
        boolean future = year > today.getYear() || year == today.getYear()
                && ymd[1] * 100 + ymd[2] > today.getMonthValue() * 100 + today.getDayOfMonth();
        return date("dateOfBirth", line, lineNo, start, future ? year - 100 : year, ymd);
    }

    /** Expiry dates are near: a passport or ID card does not stay valid across a century. */
    static LocalDate expiryDate(String line, int lineNo, int start) {
        int[] ymd = digits("dateOfExpiry", line, lineNo, start);
        return date("dateOfExpiry", line, lineNo, start, 2000 + ymd[0], ymd);
    }

    private static int[] digits(String field, String line, int lineNo, int start) {
        String yymmdd = line.substring(start, start + 6);
        if (!yymmdd.matches("[0-9]{6}")) {
            throw MrzInvalid.format(field, "Line " + lineNo + " holds " + yymmdd + " at positions " + (start + 1) + "-"
                    + (start + 6) + " as " + field + "; a date is six digits YYMMDD.");
        }
        return new int[] {Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6))};
    }

    private static LocalDate date(String field, String line, int lineNo, int start, int year, int[] ymd) {
        String why;
        if (ymd[1] < 1 || ymd[1] > 12) {
            why = "there is no month " + ymd[1];
        } else {
            YearMonth month = YearMonth.of(year, ymd[1]);
            if (ymd[2] >= 1 && ymd[2] <= month.lengthOfMonth()) {
                return month.atDay(ymd[2]);
            }
            why = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day "
                    + ymd[2];
        }
        throw MrzInvalid.format(field, "Line " + lineNo + " holds " + line.substring(start, start + 6)
                + " at positions " + (start + 1) + "-" + (start + 6) + " as " + field + ", which is not a date: "
                + why + ".");
    }

    static String sex(String line, int lineNo, int position) {
        char sex = line.charAt(position);
        return switch (sex) {
            case 'M', 'F' -> String.valueOf(sex);
            case '<' -> "X";
            default -> throw MrzInvalid.format("sex", "Line " + lineNo + " holds '" + sex + "' at position "
                    + (position + 1) + " as sex; it must be M, F or <.");
        };
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    record Names(String surname, String givenNames) {
    }
}
