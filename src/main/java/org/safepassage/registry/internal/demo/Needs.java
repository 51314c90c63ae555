package org.safepassage.registry.internal.demo;

import java.time.LocalDate;

import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;

/**
 * UNHCR specific-needs codes at rates plausible for a besieged desert camp: many older people with chronic
 * illness, single mothers, malnourished small children, children out of school or working, and a small number
 * of the protection-sensitive codes (at risk of refoulement, formerly associated with armed forces, in hiding,
 * at risk due to profile, torture survivors) that decide who must not pass a checkpoint.
 */
final class Needs {

    private Needs() {
    }

    static void assign(Household household, Rng rng, LocalDate day) {
        boolean hasBaby = household.members.stream().anyMatch(m -> m.ageOn(day) < 1);
        boolean hasChildren = household.members.stream().anyMatch(m -> m.isChild(day) && m.relation != Relationship.HEAD);
        boolean hasSpouse = household.members.stream().anyMatch(m -> m.relation == Relationship.SPOUSE);
        boolean hasParentOfChildren = household.members.stream()
                .anyMatch(m -> m.relation == Relationship.HEAD || m.relation == Relationship.SPOUSE);
        for (Member member : household.members) {
            int age = member.ageOn(day);
            var needs = member.needs;
            boolean head = member.relation == Relationship.HEAD;
            if (age >= 60) {
                add(needs, rng, 0.30, "SM-CI");
                add(needs, rng, 0.08, "ER-FR");
                add(needs, rng, 0.06, "DS-PM");
                add(needs, rng, 0.03, "DS-BD");
                add(needs, rng, 0.03, "DS-DF");
                if (head && household.members.size() == 1) {
                    needs.add("ER-NF");
                }
                if (head && hasChildren) {
                    needs.add("ER-MC");
                }
            } else if (age >= 18) {
                add(needs, rng, 0.04, "SM-CI");
                add(needs, rng, 0.03, "LP-ND");
            }
            if (head && hasChildren && !hasSpouse && age >= 18) {
                add(needs, rng, age >= 55 ? 0.9 : 0.75, age >= 55 ? "SP-GP" : "SP-PT");
                if (member.sex == Sex.F) {
                    add(needs, rng, 0.12, "WR-WR");
                    add(needs, rng, 0.15, "FU-TR"); // the husband is missing: detained, disappeared
                }
            }
            if (head && household.members.size() == 1 && member.sex == Sex.F && age < 60) {
                add(needs, rng, 0.4, "WR-SF");
            }
            if (member.sex == Sex.F && age >= 17 && age <= 45) {
                add(needs, rng, 0.015, "SM-DP");
                if (hasBaby && (head || member.relation == Relationship.SPOUSE || member.relation == Relationship.OTHER_RELATIVE)) {
                    add(needs, rng, 0.6, "WR-LC");
                }
            }
            if (member.sex == Sex.F && age >= 14 && age < 18 && rng.chance(0.01)) {
                needs.add("CR-TP");
            }
            if (age < 5) {
                add(needs, rng, 0.04, "SM-MN");
            }
            if (age >= 6 && age < 18) {
                add(needs, rng, 0.06, "CR-NE");
                if (member.sex == Sex.M && age >= 12) {
                    add(needs, rng, 0.05, "CR-LW");
                }
            }
            if (age < 18) {
                childProtection(household, member, needs, rng, head, hasParentOfChildren);
            }
            add(needs, rng, 0.004, "SM-CC");
            add(needs, rng, 0.01, "SM-MI");
            add(needs, rng, 0.005, "SM-OT");
            add(needs, rng, 0.012, "DS-PM");
            add(needs, rng, 0.004, "DS-PS");
            add(needs, rng, 0.004, "DS-MM");
            add(needs, rng, 0.0015, "DS-MS");
            add(needs, rng, 0.002, "DS-SD");
            if (age >= 18) {
                protection(member, needs, rng, age);
            }
        }
    }

    private static void childProtection(Household household, Member member, java.util.Set<String> needs, Rng rng,
            boolean head, boolean hasParentOfChildren) {
        if (head) {
            needs.add("SC-CH");
        } else if (member.relation == Relationship.NON_RELATIVE) {
            needs.add("SC-UC");
            add(needs, rng, 0.5, "SC-FC");
        } else if (member.relation == Relationship.GRANDCHILD && household.members.stream()
                .noneMatch(m -> m.given == member.father && m.relation == Relationship.CHILD)) {
            add(needs, rng, 0.6, "SC-SC"); // living with grandparents, parents absent
        } else if (member.relation == Relationship.OTHER_RELATIVE || member.relation == Relationship.SIBLING) {
            add(needs, rng, 0.7, "SC-SC");
        }
    }

    /** Codes that decide whether a person may safely pass a checkpoint: few, and only adults here. */
    private static void protection(Member member, java.util.Set<String> needs, Rng rng, int age) {
        if (member.sex == Sex.M && age <= 45) {
            add(needs, rng, 0.012, "LP-AF");
            add(needs, rng, 0.008, "LP-RR");
            add(needs, rng, 0.006, "LP-IH"); // hiding from conscription
        }
        add(needs, rng, 0.005, "LP-RP");
        add(needs, rng, 0.006, "TR-PI");
        add(needs, rng, 0.008, "TR-WV");
        add(needs, rng, 0.001, "TR-HO");
    }

    private static void add(java.util.Set<String> needs, Rng rng, double probability, String code) {
        if (rng.chance(probability)) {
            needs.add(code);
        }
    }
}
