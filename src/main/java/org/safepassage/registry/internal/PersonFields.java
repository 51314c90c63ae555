package org.safepassage.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.safepassage.registry.PersonDetails;

/** A person's recorded details as template columns and text values, to compare and to keep in history. */
public final class PersonFields {

    private PersonFields() {
    }

    public static Map<String, String> of(PersonDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("relationship", d.relationship() == null ? null : d.relationship().name());
        fields.put("given_name", d.name().given());
        fields.put("father_name", d.name().father());
        fields.put("family_name", d.name().family());
        fields.put("given_name_ar", d.name().givenAr());
        fields.put("father_name_ar", d.name().fatherAr());
        fields.put("family_name_ar", d.name().familyAr());
        fields.put("sex", d.sex() == null ? null : d.sex().name());
        fields.put("date_of_birth", d.birthDate() == null ? null : d.birthDate().toString());
        fields.put("origin_pcode", d.originPcode());
        fields.put("arrival_date", d.arrivalDate() == null ? null : d.arrivalDate().toString());
        fields.put("phone", d.phone());
        fields.put("specific_needs", needs(d));
        return fields;
    }

    static String needs(PersonDetails d) {
        return d.specificNeeds().isEmpty() ? null : String.join(";", new TreeSet<>(d.specificNeeds()));
    }

    /** The fields whose value differs, with old and new value. */
    public static Map<String, String[]> changes(PersonDetails before, PersonDetails after) {
        var old = of(before);
        var now = of(after);
        Map<String, String[]> changed = new LinkedHashMap<>();
        old.forEach((field, value) -> {
            if (!Objects.equals(value, now.get(field))) {
                changed.put(field, new String[] {value, now.get(field)});
            }
        });
        return changed;
    }
}
