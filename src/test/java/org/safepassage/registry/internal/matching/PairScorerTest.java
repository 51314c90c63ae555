package org.safepassage.registry.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pairs written the way second registrations come out (and pairs of different people who look alike),
 * weighed among a generated camp of 8,000 people so that Muhammad is as common as it is.
 */
class PairScorerTest {

    private static final double MATCH_BITS = 18;
    private static final double REVIEW_BITS = 13;

    private final Registrations registrations = new Registrations();

    private record Weighed(float weight, List<Evidence> evidence) {
    }

    private Weighed weigh(int a, int b) {
        var scorer = new PairScorer(registrations.records());
        List<Evidence.Finding> findings = new ArrayList<>();
        float weight = scorer.weigh(a, b, findings);
        assertThat(scorer.weigh(b, a, null)).as("symmetric").isEqualTo(weight);
        assertThat((float) findings.stream().mapToDouble(Evidence.Finding::weight).sum())
                .as("the findings add up to the weight").isCloseTo(weight, org.assertj.core.data.Offset.offset(0.01f));
        return new Weighed(weight, findings.stream().map(Evidence.Finding::evidence).toList());
    }

    @Test
    void theSamePersonInTwoScriptsAndSpellingsIsAMatch() {
        int first = registrations.add("X-1", "HEAD", "M", "1984-03-07", "SY04", "+963944123456",
                "Mohammed", "Abdulrahman", "Al-Ahmad", "محمد", "عبد الرحمن", "الأحمد");
        int second = registrations.add("X-2", "HEAD", "M", "1984-03-07", "SY04", "",
                "Muhammad", "Abd al-Rahman", "Alahmad", "مُحَمَّد", "عبدالرحمن", "الاحمد");
        Weighed pair = weigh(first, second);
        assertThat(pair.weight()).isGreaterThan((float) MATCH_BITS);
        assertThat(pair.evidence()).contains(Evidence.GIVEN_SAME, Evidence.FATHER_SAME, Evidence.FAMILY_SAME,
                Evidence.BIRTH_SAME);
    }

    @Test
    void aLatinOnlyRegistrationMeetsAnArabicOnlyOne() {
        int arabic = registrations.add("X-3", "HEAD", "F", "1991-11-02", "SY09", "",
                "", "", "", "خديجة", "عبد القادر", "الجاسم");
        int latin = registrations.add("X-4", "OTHER_RELATIVE", "F", "1991-11-02", "SY09", "",
                "Khadija", "Abdelkader", "El Jassem");
        assertThat(weigh(arabic, latin).weight()).isGreaterThan((float) MATCH_BITS);
    }

    @Test
    void givenAndFamilyNameWrittenInEachOthersPlaceAreSeen() {
        int first = registrations.add("X-5", "HEAD", "F", "1979-06-15", "SY12", "",
                "Samira", "Yousef", "Al-Zoubi", "سميرة", "يوسف", "الزعبي");
        int swapped = registrations.add("X-6", "HEAD", "F", "1979-06-15", "SY12", "",
                "Al Zoubi", "Yusuf", "Sameera", "الزعبي", "يوسف", "سميره");
        Weighed pair = weigh(first, swapped);
        assertThat(pair.evidence()).contains(Evidence.NAMES_SWAPPED);
        assertThat(pair.weight()).isGreaterThan((float) MATCH_BITS);
    }

    @Test
    void aCommonNameAndABirthYearAloneDoNotMakeAMatch() {
        int one = registrations.add("X-7", "HEAD", "M", "1990", "SY04", "",
                "Mohammad", "Ahmad", "Al-Khalidi", "محمد", "أحمد", "الخالدي");
        int other = registrations.add("X-8", "HEAD", "M", "1990-05-03", "SY04", "",
                "Muhammad", "Ahmed", "Alkhalidi", "محمد", "احمد", "الخالدي");
        Weighed pair = weigh(one, other);
        assertThat(pair.weight()).isLessThan((float) MATCH_BITS);
        assertThat(pair.evidence()).contains(Evidence.COMMON_NAME);
    }

    @Test
    void theSameCommonNameWithTheSameFullDateAndPhoneIsAMatch() {
        int one = registrations.add("X-9", "HEAD", "M", "1990-05-03", "SY04", "0944 555 123",
                "Mohammad", "Ahmad", "Al-Khalidi", "محمد", "أحمد", "الخالدي");
        int other = registrations.add("X-10", "HEAD", "M", "1990-05-03", "SY04", "+963944555123",
                "Mhd", "Ahmed", "Alkhalidi", "محمد", "احمد", "الخالدي");
        Weighed pair = weigh(one, other);
        assertThat(pair.evidence()).contains(Evidence.PHONE_SAME, Evidence.BIRTH_SAME);
        assertThat(pair.weight()).isGreaterThan((float) MATCH_BITS);
    }

    @Test
    void twinsWithTheirOwnNamesAreTwoPeople() {
        registrations.add("X-11", "HEAD", "M", "1980", "SY09", "", "Ali", "Khalaf", "Al-Jasim", "علي", "خلف", "الجاسم");
        int hasan = registrations.add("X-11", "CHILD", "M", "2012-04-01", "SY09", "",
                "Hasan", "Ali", "Al-Jasim", "حسن", "علي", "الجاسم");
        int hussein = registrations.add("X-11", "CHILD", "M", "2012-04-01", "SY09", "",
                "Hussein", "Ali", "Al-Jasim", "حسين", "علي", "الجاسم");
        Weighed pair = weigh(hasan, hussein);
        assertThat(pair.evidence()).contains(Evidence.GIVEN_DIFFERENT);
        assertThat(pair.weight()).isLessThan((float) REVIEW_BITS);
    }

    @Test
    void cousinsOfTheSameNameLivingWithDifferentMothersAreTwoPeople() {
        registrations.add("X-12", "HEAD", "M", "1975", "SY04", "", "Omar", "Saleh", "Al-Darwish", "عمر", "صالح", "الدرويش");
        registrations.add("X-12", "SPOUSE", "F", "1980", "SY04", "", "Hind", "Ali", "Al-Hasan", "هند", "علي", "الحسن");
        int one = registrations.add("X-12", "CHILD", "F", "2010", "SY04", "",
                "Maryam", "Omar", "Al-Darwish", "مريم", "عمر", "الدرويش");
        registrations.add("X-13", "HEAD", "M", "1978", "SY04", "", "Omar", "Yasin", "Al-Darwish", "عمر", "ياسين", "الدرويش");
        registrations.add("X-13", "SPOUSE", "F", "1982", "SY04", "", "Amal", "Faris", "Al-Ali", "أمل", "فارس", "العلي");
        int other = registrations.add("X-13", "CHILD", "F", "2010", "SY04", "",
                "Mariam", "Omar", "Al-Darwish", "مريم", "عمر", "الدرويش");
        Weighed pair = weigh(one, other);
        assertThat(pair.evidence()).contains(Evidence.MOTHERS_DIFFERENT);
        assertThat(pair.weight()).isLessThan((float) MATCH_BITS);
    }

    @Test
    void birthDateSlipsCountForAndBirthYearsFarApartAgainst() {
        int base = registrations.add("X-14", "HEAD", "F", "1986-04-09", "SY09", "",
                "Nawal", "Fayez", "Al-Ukaidi", "نوال", "فايز", "العكيدي");
        int swapped = registrations.add("X-15", "HEAD", "F", "1986-09-04", "SY09", "",
                "Nawal", "Faiz", "Alokaidi", "نوال", "فايز", "العكيدي");
        int yearOff = registrations.add("X-16", "HEAD", "F", "1987-04-09", "SY09", "",
                "Nawal", "Fayiz", "Ukaidi", "نوال", "فائز", "العكيدي");
        int far = registrations.add("X-17", "HEAD", "F", "1966-04-09", "SY09", "",
                "Nawal", "Fayez", "Al-Ukaidi", "نوال", "فايز", "العكيدي");
        assertThat(weigh(base, swapped).evidence()).contains(Evidence.BIRTH_DAY_MONTH_SWAPPED);
        assertThat(weigh(base, yearOff).evidence()).contains(Evidence.BIRTH_YEAR_OFF_SAME_DAY);
        assertThat(weigh(base, swapped).weight()).isGreaterThan((float) MATCH_BITS);
        assertThat(weigh(base, far).evidence()).contains(Evidence.BIRTH_YEARS_APART);
        assertThat(weigh(base, far).weight()).isLessThan((float) REVIEW_BITS);
    }

    @Test
    void aMissingFathersNameNeitherHelpsNorHurts() {
        int full = registrations.add("X-18", "HEAD", "M", "1970-01-20", "SY04", "",
                "Jasem", "Hamad", "Al-Shammari", "جاسم", "حمد", "الشمري");
        int noFather = registrations.add("X-19", "HEAD", "M", "1970-01-20", "SY04", "",
                "Jassim", "", "Shammari", "جاسم", "", "الشمري");
        Weighed pair = weigh(full, noFather);
        assertThat(pair.evidence()).contains(Evidence.FATHER_MISSING);
        assertThat(pair.weight()).isGreaterThan((float) MATCH_BITS);
    }

    @Test
    void phoneNumbersOneDigitApartAreASlip() {
        assertThat(PairScorer.oneDigitApart(1_944_123_456L, 1_944_123_457L)).isTrue();
        assertThat(PairScorer.oneDigitApart(1_944_123_456L, 1_944_123_465L)).isFalse();
        assertThat(PairScorer.oneDigitApart(1_944_123_456L, 1_944_123_456L)).isFalse();
    }
}
