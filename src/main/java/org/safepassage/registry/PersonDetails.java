package org.safepassage.registry;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** What a clerk records about a person (everything but the refs and the household). */
public record PersonDetails(Relationship relationship, PersonName name, Sex sex, BirthDate birthDate,
        String originPcode, LocalDate arrivalDate, String phone, Set<String> specificNeeds) {

    public PersonDetails {
        name = name == null ? new PersonName(null, null, null, null, null, null) : name;
        originPcode = PersonName.clean(originPcode);
        phone = PersonName.clean(phone);
        specificNeeds = specificNeeds == null ? Set.of() : Set.copyOf(new TreeSet<>(specificNeeds.stream()
                .map(String::strip).filter(code -> !code.isEmpty()).map(String::toUpperCase).toList()));
    }

    public static PersonDetails of(Person person) {
        return new PersonDetails(person.relationship(), person.name(), person.sex(), person.birthDate(),
                person.originPcode(), person.arrivalDate(), person.phone(), person.specificNeeds());
    }
}
