package org.safepassage.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.Residents.Household;
import org.safepassage.consent.Residents.Resident;

/**
 * What the demo camp's people say and sign, drawn at random but the same for the same household and seed.
 * The shape follows what residents of such camps say: most ask to go to the opposition-held north or to stay,
 * a minority agree to go home or to government shelters, some have not decided; sons of conscription age in
 * families going to government-held areas often refuse to go with them; fears of arrest and conscription are
 * common.
 */
final class DemoIntentionSampler {

    /** Men of this age may be taken into the army at a checkpoint. */
    static final int CONSCRIPTION_FROM = 18;
    static final int CONSCRIPTION_TO = 42;

    private static final String[] INTERVIEWERS = {"amal.k", "yusuf.h", "rania.s", "omar.d", "huda.m", "samer.t"};

    /** The destinations the sampler needs, by code. */
    record Places(UUID homs, UUID deirEzZor, UUID daraa, UUID ruralDamascus, UUID idlib, UUID northAleppo,
            UUID thirdCountry) {

        static Places of(Map<String, UUID> byCode) {
            return new Places(byCode.get("HOMS"), byCode.get("DEIR_EZ_ZOR"), byCode.get("DARAA"),
                    byCode.get("RURAL_DAMASCUS"), byCode.get("IDLIB"), byCode.get("NORTH_ALEPPO"),
                    byCode.get("THIRD_COUNTRY"));
        }

        /** Home, for those from Homs, Deir ez-Zor or Dar'a; for anyone else the nearest offer is a shelter. */
        UUID home(String originPcode) {
            if ("SY04".equals(originPcode)) {
                return homs;
            }
            if ("SY09".equals(originPcode)) {
                return deirEzZor;
            }
            if ("SY12".equals(originPcode)) {
                return daraa;
            }
            return ruralDamascus;
        }
    }

    /** One interview to record; {@code individualId} null for the household. */
    record Survey(UUID individualId, LocalDate on, String interviewer, InterviewLanguage language, boolean alone,
            IntentionChoice choice, UUID preferred, UUID second, List<StatedFear> fears) {
    }

    /** One consent to record; {@code minorIds} for the head's. */
    record Signed(UUID individualId, UUID destinationId, ConsentMethod method, String witness, Set<UUID> minorIds) {
    }

    /** Everything drawn for one household. */
    record Sample(Survey household, List<Survey> members, List<Signed> consents) {
    }

    private DemoIntentionSampler() {
    }

    static Sample sample(Household household, List<Resident> members, Places places, long seed, LocalDate today) {
        var random = new Random(seed * 31 + household.ref().hashCode());
        UUID home = places.home(household.originPcode());
        LocalDate on = today.minusDays(1 + random.nextInt(60));
        String interviewer = INTERVIEWERS[random.nextInt(INTERVIEWERS.length)];
        InterviewLanguage language = random.nextInt(100) < 97 ? InterviewLanguage.AR : InterviewLanguage.KU;

        // the household's answer
        int draw = random.nextInt(100);
        IntentionChoice choice = IntentionChoice.DESTINATION;
        UUID preferred;
        UUID second = null;
        if (draw < 38) {
            preferred = random.nextInt(100) < 60 ? places.idlib() : places.northAleppo();
            second = random.nextInt(100) < 30 ? (preferred.equals(places.idlib()) ? places.northAleppo() : places.idlib())
                    : null;
        } else if (draw < 68) {
            choice = IntentionChoice.STAY;
            preferred = null;
            second = random.nextInt(100) < 35 ? places.idlib() : null;
        } else if (draw < 80) {
            choice = IntentionChoice.UNDECIDED;
            preferred = null;
        } else if (draw < 92) {
            preferred = home;
            second = random.nextInt(100) < 20 && !home.equals(places.ruralDamascus()) ? places.ruralDamascus() : null;
        } else if (draw < 97) {
            preferred = places.ruralDamascus();
        } else {
            preferred = places.thirdCountry();
        }
        boolean toGovernmentArea = preferred != null && (preferred.equals(home) || preferred.equals(places.ruralDamascus()));
        boolean hasSonsOfConscriptionAge = members.stream().anyMatch(DemoIntentionSampler::ofConscriptionAge);

        List<StatedFear> fears = new ArrayList<>();
        // what people fear is mostly the government-held place they came from; some fear every checkpoint
        UUID feared = random.nextInt(100) < 85 ? home : null;
        if (toGovernmentArea) {
            chance(random, 10, fears, new StatedFear(Fear.ARREST_OR_DETENTION, preferred));
            chance(random, 30, fears, new StatedFear(Fear.LOSS_OF_PROPERTY_OR_DOCUMENTS, null));
            chance(random, 30, fears, new StatedFear(Fear.NO_SHELTER_AT_DESTINATION, preferred));
        } else {
            chance(random, 60, fears, new StatedFear(Fear.ARREST_OR_DETENTION, feared));
            if (hasSonsOfConscriptionAge) {
                chance(random, 70, fears, new StatedFear(Fear.FORCED_CONSCRIPTION, feared));
            }
            chance(random, 25, fears, new StatedFear(Fear.TORTURE_OR_ILL_TREATMENT, feared));
            chance(random, 20, fears, new StatedFear(Fear.LOSS_OF_PROPERTY_OR_DOCUMENTS, null));
            chance(random, 25, fears, new StatedFear(Fear.NO_SHELTER_AT_DESTINATION, null));
        }
        chance(random, 8, fears, new StatedFear(Fear.FAMILY_SEPARATION, null));
        var householdSurvey = new Survey(null, on, interviewer, language, random.nextInt(100) < 20, choice, preferred,
                second, fears);

        // sons of conscription age who will not go where their family goes
        List<Survey> own = new ArrayList<>();
        List<UUID> differing = new ArrayList<>();
        if (toGovernmentArea) {
            for (Resident member : members) {
                if (ofConscriptionAge(member) && random.nextInt(100) < 70) {
                    differing.add(member.individualId());
                    boolean north = random.nextInt(100) < 60;
                    own.add(new Survey(member.individualId(), on, interviewer, language, true,
                            north ? IntentionChoice.DESTINATION : IntentionChoice.STAY, north ? places.idlib() : null,
                            null, List.of(new StatedFear(Fear.FORCED_CONSCRIPTION, preferred),
                                    new StatedFear(Fear.ARREST_OR_DETENTION, preferred))));
                }
            }
        }

        // consents: most of those going to government-held areas sign; a few of those asking for the north
        // sign for it, though no corridor is open yet
        List<Signed> consents = new ArrayList<>();
        int signs = toGovernmentArea ? 75 : preferred != null && !preferred.equals(places.thirdCountry()) ? 25 : 0;
        if (preferred != null && random.nextInt(100) < signs) {
            Set<UUID> minors = Set.copyOf(members.stream().filter(Resident::minor).map(Resident::individualId).toList());
            for (Resident member : members) {
                if (member.minor() || differing.contains(member.individualId())) {
                    continue;
                }
                if (member.head() || random.nextInt(100) < 90) {
                    ConsentMethod method = method(random);
                    consents.add(new Signed(member.individualId(), preferred, method,
                            method == ConsentMethod.VERBAL_WITH_WITNESS ? INTERVIEWERS[random.nextInt(INTERVIEWERS.length)]
                                    : null,
                            member.head() ? minors : Set.of()));
                }
            }
        }
        return new Sample(householdSurvey, own, consents);
    }

    static boolean ofConscriptionAge(Resident member) {
        return member.male() && !member.head() && member.age() >= CONSCRIPTION_FROM && member.age() <= CONSCRIPTION_TO;
    }

    private static ConsentMethod method(Random random) {
        int draw = random.nextInt(100);
        return draw < 55 ? ConsentMethod.THUMBPRINT : draw < 80 ? ConsentMethod.SIGNATURE
                : ConsentMethod.VERBAL_WITH_WITNESS;
    }

    private static void chance(Random random, int percent, List<StatedFear> fears, StatedFear fear) {
        if (random.nextInt(100) < percent) {
            fears.add(fear);
        }
    }
}
