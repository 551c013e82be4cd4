package org.returnops.registry.migrant;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.registry.site.SiteCodes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules a person's record passes beyond the single-field constraints of {@link MigrantRequest}, at
 * registration and after every change: across fields and against stored data (the staging site), all reported at
 * once in one 400 problem.
 */
@ApplicationScoped
public class RegistrationRules {

    /** The oldest age a date of birth may give. */
    static final int MAX_AGE = 120;

    /**
     * The apostrophes a name may hold: the Uzbek Latin letters ʻ (U+02BB, as in Oʻrinboyev) and ʼ (U+02BC, as in
     * Maʼruf), and the look-alikes keyboards type for them (' U+0027, ’ U+2019, ‘ U+2018). Search and duplicate
     * detection read them all as one.
     */
    static final String APOSTROPHES = "'\u02BB\u02BC\u2019\u2018";
    static final String NAME_RULE = "must be a name: letters, with spaces, hyphens, full stops or apostrophes "
            + "(ʻ ʼ ') between them; no digits, symbols, quotes or brackets";

    private static final String SEPARATORS = " -.";

    @Inject SiteCodes sites;
    private final Clock clock = Clock.systemUTC();

    /** Refuses a record that breaks a rule; returns the phone in E.164 form (null without one). */
    String check(MigrantRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        names(request, violations);
        LocalDate today = LocalDate.now(clock);
        if (request.dateOfBirth().isBefore(today.minusYears(MAX_AGE))) {
            violations.add(new Problem.Violation("dateOfBirth", "must be within the last " + MAX_AGE + " years"));
        }
        if (!sites.exists(request.siteCode())) {
            violations.add(new Problem.Violation("siteCode", "must be the code of a staging site (GET /api/v1/sites)"));
        }
        documents(request, today, violations);
        Set<Vulnerability> typed = request.vulnerabilities() == null ? Set.of() : request.vulnerabilities();
        typed.stream().filter(Vulnerability::derived).sorted().forEach(derived -> violations.add(new Problem.Violation(
                "vulnerabilities", derived + " is derived from the date of birth and household, not typed in")));
        String phone = null;
        if (request.phone() != null && !request.phone().isBlank()) {
            phone = e164(request.phone());
            if (phone == null) {
                violations.add(new Problem.Violation("phone",
                        "must be an international number in E.164 form, such as +992935551234"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return phone;
    }

    private static void names(MigrantRequest request, List<Problem.Violation> violations) {
        if (request.nameLatin() == null && request.nameCyrillic() == null) {
            violations.add(new Problem.Violation("nameLatin", "at least one name, in Latin or Cyrillic script, is required"));
        }
        name("nameLatin", request.nameLatin(), Character.UnicodeScript.LATIN, violations);
        name("nameCyrillic", request.nameCyrillic(), Character.UnicodeScript.CYRILLIC, violations);
    }

    /** The name's letters are of its script; then each part holds nothing but what names are written with. */
    private static void name(String field, MigrantRequest.Name name, Character.UnicodeScript script,
            List<Problem.Violation> violations) {
        if (name == null) {
            return;
        }
        if (!inScript(name, script)) {
            violations.add(new Problem.Violation(field, "must be written in "
                    + (script == Character.UnicodeScript.LATIN ? "Latin" : "Cyrillic") + " script"));
            return;
        }
        namePart(field + ".family", name.family(), violations);
        namePart(field + ".given", name.given(), violations);
        namePart(field + ".patronymic", name.patronymic(), violations);
    }

    private static void namePart(String field, String part, List<Problem.Violation> violations) {
        if (part != null && !isNamePart(part)) {
            violations.add(new Problem.Violation(field, NAME_RULE));
        }
    }

    /**
     * Whether the text is written like a name: it starts with a letter, and holds only letters (with their
     * accents), spaces, hyphens, full stops and {@link #APOSTROPHES}. So no formula (=, +, -, @ first), no digits,
     * no address, no brackets or quotes.
     */
    static boolean isNamePart(String part) {
        String text = part.strip();
        if (text.isEmpty()) {
            return true;
        }
        int first = text.codePointAt(0);
        if (!Character.isLetter(first) || APOSTROPHES.indexOf(first) >= 0) {
            return false;
        }
        return text.codePoints().allMatch(c -> Character.isLetter(c) || isMark(c) || APOSTROPHES.indexOf(c) >= 0
                || SEPARATORS.indexOf(c) >= 0);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void documents(MigrantRequest request, LocalDate today, List<Problem.Violation> violations) {
        Set<String> seen = new HashSet<>();
        List<MigrantRequest.Document> documents = request.documentsOrEmpty();
        for (int i = 0; i < documents.size(); i++) {
            MigrantRequest.Document document = documents.get(i);
            if (document.expiresOn() != null && !document.expiresOn().isAfter(request.dateOfBirth())) {
                violations.add(new Problem.Violation("documents[" + i + "].expiresOn", "must be after the date of birth"));
            }
            if (document.expiresOn() != null && document.expiresOn().isAfter(today.plusYears(20))) {
                violations.add(new Problem.Violation("documents[" + i + "].expiresOn", "must be within 20 years from today"));
            }
            if (!seen.add(document.type() + "|" + document.number() + "|" + document.issuingState())) {
                violations.add(new Problem.Violation("documents[" + i + "]", "is listed twice"));
            }
        }
    }

    static String e164(String phone) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        if (!phone.strip().startsWith("+")) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = util.parse(phone, null);
            return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean inScript(MigrantRequest.Name name, Character.UnicodeScript script) {
        return Stream.of(name.family(), name.given(), name.patronymic())
                .filter(part -> part != null)
                .flatMapToInt(String::codePoints)
                .filter(c -> Character.isLetter(c) && APOSTROPHES.indexOf(c) < 0)
                .allMatch(c -> Character.UnicodeScript.of(c) == script);
    }
}
