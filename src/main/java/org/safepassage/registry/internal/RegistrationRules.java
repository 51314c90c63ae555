package org.safepassage.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safepassage.registry.NewMember;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.RegistryOutcome.Violation;

/**
 * The rules a registration or correction must keep, as plain Java: one full name, sex, a date of birth not
 * in the future, a known origin and known needs codes, and exactly one head per household.
 *
 * @param pcodes     the governorate P-codes
 * @param needsCodes the active specific-needs codes
 * @param today      the camp's today (dates after it are refused)
 */
public record RegistrationRules(Set<String> pcodes, Set<String> needsCodes, LocalDate today) {

    public static final String PHONE_PATTERN = "[+]?[0-9٠-٩][0-9٠-٩ ()\\-]{4,24}";
    public static final int MAX_TEXT = 100;
    public static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(PHONE_PATTERN);

    public List<Violation> household(RegisterHousehold command) {
        List<Violation> violations = new ArrayList<>();
        if (command.members().isEmpty()) {
            violations.add(new Violation(null, "registry.error.noMembers", List.of()));
        }
        long heads = command.members().stream()
                .filter(m -> m.details().relationship() == Relationship.HEAD).count();
        if (!command.members().isEmpty() && heads != 1) {
            violations.add(new Violation(null, "registry.error.heads", List.of(heads)));
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < command.members().size(); i++) {
            NewMember member = command.members().get(i);
            String prefix = "members[" + i + "].";
            if (member.ref() != null && !refs.add(member.ref())) {
                violations.add(new Violation(prefix + "ref", "registry.error.refRepeated", List.of(member.ref())));
            }
            violations.addAll(person(prefix, member.details()));
        }
        if (command.shelterBlock() != null && command.shelterBlock().length() > 40) {
            violations.add(new Violation("shelterBlock", "registry.error.tooLong", List.of(40)));
        }
        return violations;
    }

    /** The rules of one person's details; field names are prefixed (e.g. "members[0].") for forms. */
    public List<Violation> person(String prefix, PersonDetails details) {
        List<Violation> violations = new ArrayList<>();
        var name = details.name();
        if (!name.isComplete()) {
            violations.add(new Violation(prefix + "name", "registry.error.name", List.of()));
        }
        for (String part : new String[] {name.given(), name.father(), name.family(), name.givenAr(),
                name.fatherAr(), name.familyAr()}) {
            if (part != null && part.length() > MAX_TEXT) {
                violations.add(new Violation(prefix + "name", "registry.error.tooLong", List.of(MAX_TEXT)));
                break;
            }
        }
        if (details.relationship() == null) {
            violations.add(new Violation(prefix + "relationship", "registry.error.relationship", List.of()));
        }
        if (details.sex() == null) {
            violations.add(new Violation(prefix + "sex", "registry.error.sex", List.of()));
        }
        if (details.birthDate() == null) {
            violations.add(new Violation(prefix + "birthDate", "registry.error.birthDate", List.of()));
        } else if (details.birthDate().date().isAfter(today)) {
            violations.add(new Violation(prefix + "birthDate", "registry.error.future", List.of()));
        } else if (details.birthDate().date().getYear() < today.getYear() - 120) {
            violations.add(new Violation(prefix + "birthDate", "registry.error.tooOld", List.of()));
        }
        if (details.arrivalDate() != null) {
            if (details.arrivalDate().isAfter(today)) {
                violations.add(new Violation(prefix + "arrivalDate", "registry.error.future", List.of()));
            } else if (details.birthDate() != null && details.arrivalDate().isBefore(details.birthDate().date())
                    && !details.birthDate().yearOnly()) {
                violations.add(new Violation(prefix + "arrivalDate", "registry.error.arrivalBeforeBirth", List.of()));
            }
        }
        if (details.originPcode() != null && !pcodes.contains(details.originPcode())) {
            violations.add(new Violation(prefix + "originPcode", "registry.error.pcode",
                    List.of(details.originPcode())));
        }
        if (details.phone() != null && !PHONE.matcher(details.phone()).matches()) {
            violations.add(new Violation(prefix + "phone", "registry.error.phone", List.of(details.phone())));
        }
        for (String code : details.specificNeeds()) {
            if (!needsCodes.contains(code)) {
                violations.add(new Violation(prefix + "specificNeeds", "registry.error.need", List.of(code)));
            }
        }
        return violations;
    }
}
