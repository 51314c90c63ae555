package org.safepassage.registry.internal.demo;

import java.time.LocalDate;
import java.util.TreeSet;

import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;

/** One person of the synthetic camp while it is being built (or a second registration of one). */
final class Member {

    final Name given;
    final Name father;
    final Name family;
    final Sex sex;
    Relationship relation;
    LocalDate birth;
    boolean yearOnly;
    LocalDate arrival;
    String phone;
    /** Where the person comes from, when it is not what their household says (a second registration). */
    String origin;
    final TreeSet<String> needs = new TreeSet<>();
    Household household;
    String ref;

    /** The person this row registers a second time, or null for a first registration. */
    Member original;
    /** How a second registration was written down; null for a first registration. */
    Variant variant;

    Member(Name given, Name father, Name family, Sex sex, Relationship relation, LocalDate birth) {
        this.given = given;
        this.father = father;
        this.family = family;
        this.sex = sex;
        this.relation = relation;
        this.birth = birth;
    }

    String origin() {
        return origin != null ? origin : household.originPcode;
    }

    int ageOn(LocalDate day) {
        return birth.until(day).getYears();
    }

    boolean isChild(LocalDate day) {
        return ageOn(day) < 18;
    }
}
