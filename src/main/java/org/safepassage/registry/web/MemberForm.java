package org.safepassage.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.safepassage.registry.BirthDate;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.Person;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.RegistryOutcome.Violation;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;

/** What a clerk types for one person; dates stay text until checked, so a typo comes back as typed. */
record MemberForm(String ref, String relationship, String givenName, String fatherName, String familyName,
        String givenNameAr, String fatherNameAr, String familyNameAr, String sex, String birthDate,
        String originPcode, String arrivalDate, String phone, List<String> specificNeeds) {

    MemberForm {
        specificNeeds = specificNeeds == null ? List.of() : List.copyOf(specificNeeds);
    }

    static MemberForm empty(Relationship relationship) {
        return new MemberForm(null, relationship.name(), null, null, null, null, null, null, null, null, null, null,
                null, List.of());
    }

    static MemberForm of(Person p) {
        var n = p.name();
        return new MemberForm(p.ref(), p.relationship().name(), n.given(), n.father(), n.family(), n.givenAr(),
                n.fatherAr(), n.familyAr(), p.sex().name(), p.birthDate().toString(), p.originPcode(),
                p.arrivalDate() == null ? null : p.arrivalDate().toString(), p.phone(),
                p.specificNeeds().stream().sorted().toList());
    }

    /** Nothing typed for this person (the preset relationship does not count): a row added by mistake. */
    boolean blank() {
        return java.util.stream.Stream.of(ref, givenName, fatherName, familyName, givenNameAr, fatherNameAr,
                familyNameAr, sex, birthDate, originPcode, arrivalDate, phone)
                .allMatch(v -> v == null || v.isBlank()) && specificNeeds.isEmpty();
    }

    /** The details, or null when a value cannot be read (the violations then say which). */
    PersonDetails details(String prefix, List<Violation> violations) {
        BirthDate birth = null;
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                birth = BirthDate.parse(birthDate);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(prefix + "birthDate", "registry.error.birthDate", List.of()));
            }
        }
        LocalDate arrival = null;
        if (arrivalDate != null && !arrivalDate.isBlank()) {
            try {
                arrival = LocalDate.parse(arrivalDate.strip());
            } catch (DateTimeParseException e) {
                violations.add(new Violation(prefix + "arrivalDate", "registry.error.date", List.of()));
            }
        }
        return new PersonDetails(enumOrNull(Relationship.class, relationship),
                new PersonName(givenName, fatherName, familyName, givenNameAr, fatherNameAr, familyNameAr),
                enumOrNull(Sex.class, sex), birth, originPcode, arrival, phone, new HashSet<>(specificNeeds));
    }

    NewMember newMember(String prefix, List<Violation> violations) {
        return new NewMember(ref, details(prefix, violations));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
