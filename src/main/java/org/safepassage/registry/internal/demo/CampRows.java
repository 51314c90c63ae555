package org.safepassage.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.registry.internal.template.TemplateRow;

/**
 * Writes the households out as rows of the import template, each household in its clerk's hand, each second
 * registration in the hand of the clerk who took it down, with its slips.
 */
final class CampRows {

    private final Rng rng;

    CampRows(Rng rng) {
        this.rng = rng;
    }

    List<TemplateRow> rows(List<Household> households) {
        List<TemplateRow> rows = new ArrayList<>();
        for (Household household : households) {
            for (Member member : household.members) {
                rows.add(row(household, member));
            }
        }
        return rows;
    }

    private TemplateRow row(Household household, Member member) {
        Variant variant = member.variant;
        Hand hand = variant != null ? variant.hand() : household.hand;
        ArabicHand arabicHand = variant != null ? variant.arabicHand() : household.arabicHand;
        String[] latin = {Spelling.latin(member.given, hand, rng),
                member.father == null ? "" : Spelling.latin(member.father, hand, rng),
                Spelling.latin(member.family, hand, rng)};
        String[] arabic = {arabicHand.type(member.given.arabic()),
                member.father == null ? "" : arabicHand.type(member.father.arabic()),
                arabicHand.type(member.family.arabic())};
        Variant.Scripts scripts;
        boolean fatherMissing;
        if (variant == null) {
            scripts = rng.weighted(Variant.Scripts.BOTH, 92, Variant.Scripts.ARABIC_ONLY, 5, Variant.Scripts.LATIN_ONLY, 3);
            fatherMissing = rng.chance(0.01);
        } else {
            scripts = variant.scripts();
            fatherMissing = variant.fatherMissing();
            slips(variant, latin, arabic);
        }
        if (fatherMissing) {
            latin[1] = "";
            arabic[1] = "";
        }
        if (scripts == Variant.Scripts.ARABIC_ONLY) {
            latin = new String[] {"", "", ""};
        } else if (scripts == Variant.Scripts.LATIN_ONLY) {
            arabic = new String[] {"", "", ""};
        }
        String birth = member.yearOnly ? String.valueOf(member.birth.getYear()) : member.birth.toString();
        return new TemplateRow(household.ref, member.ref, member.relation.name(), latin[0], latin[1], latin[2],
                arabic[0], arabic[1], arabic[2], member.sex.name(), birth, member.origin(), member.arrival.toString(),
                household.block, member.phone, String.join(";", member.needs));
    }

    private void slips(Variant variant, String[] latin, String[] arabic) {
        if (variant.swapped()) {
            swap(latin);
            swap(arabic);
        }
        if (variant.latinTypo()) {
            int part = rng.<Integer>weighted(0, 45, 1, 20, 2, 35);
            latin[part] = Typos.latin(latin[part], rng);
        }
        if (variant.arabicSlip()) {
            int part = rng.between(0, 2);
            arabic[part] = ArabicHand.slip(arabic[part], rng);
        }
        if (variant.arabicArticleDropped() && arabic[2].startsWith("ال")) {
            arabic[2] = arabic[2].substring(2);
        }
    }

    private static void swap(String[] parts) {
        String given = parts[0];
        parts[0] = parts[2];
        parts[2] = given;
    }
}
