package org.safepassage.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A household of the synthetic camp: its members, where it came from and who registered it. */
final class Household {

    final String originPcode;
    final String region;
    final String block;
    final LocalDate arrival;
    final List<Member> members = new ArrayList<>();
    final Hand hand;
    final ArabicHand arabicHand;
    String ref;

    Household(String originPcode, String region, String block, LocalDate arrival, Hand hand, ArabicHand arabicHand) {
        this.originPcode = originPcode;
        this.region = region;
        this.block = block;
        this.arrival = arrival;
        this.hand = hand;
        this.arabicHand = arabicHand;
    }

    Member add(Member member) {
        member.household = this;
        if (member.arrival == null) {
            member.arrival = member.birth.isAfter(arrival) ? member.birth : arrival;
        }
        members.add(member);
        return member;
    }

    Member head() {
        return members.get(0);
    }
}
