package org.safepassage.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real-world spellings collected from registration lists and name dictionaries, not from the demo generator:
 * the spellings of one name must come out alike, different names must not.
 */
class NameSimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "Muhammad, Mohammed", "Muhammad, محمد", "Mohamad, محمد", "Mhd, محمد", "Mouhamad, Muhammad",
            "Ahmed, أحمد", "Ahmad, Ahmed", "Abdulrahman, Abd al-Rahman", "Abdel Rahman, عبدالرحمن",
            "Abdurrahman, عبد الرحمن", "Abdullah, عبد الله", "Abdallah, Abdullah", "Al-Ahmad, Alahmad",
            "El Ahmed, الأحمد", "Ahmad, الأحمد", "Fatima, فاطمة", "Fatmeh, فاطمه", "Fatimah, Fatima",
            "Aicha, Aisha", "Khaled, خالد", "Khalid, Khaled", "Yousef, يوسف", "Youssef, Yusuf", "Mustafa, مصطفى",
            "Moustafa, Mostafa", "Ibrahim, إبراهيم", "Qasim, قاسم", "Kassem, قاسم", "Gasem, Qasim", "Thaer, ثائر",
            "Zeinab, Zaynab", "Nour, نور", "Noor, Nour", "Osama, أسامة", "Oussama, Usama", "Omar, عمر",
            "Umar, Omar", "Chadi, Shadi", "Shadi, شادي", "Rami, Ramy", "Ali, علي", "Alaa, علاء", "Wael, وائل",
            "Louay, لؤي", "Eyad, إياد", "Iyad, Eyad", "Saeed, سعيد", "Said, Saeed", "Nour al-Din, نور الدين",
            "Noureddine, نورالدين", "Mhd Kheir, محمد خير", "Mohammad Khair, Mhd Kheir", "Al-Khalidi, الخالدي",
            "Khalidi, الخالدي", "Abazeed, أبازيد", "Az-Zoubi, Al-Zoubi", "Zoubi, الزعبي", "Ilham, إلهام",
            "Hussein, حسين", "Husain, Hussein", "Hassan, حسن", "Hamza, حمزة", "Hamzeh, Hamza",
            "Jassim, جاسم", "Jasem, Jassim", "Suleiman, سليمان", "Sulaiman, Slaiman", "Ayman, أيمن",
            "Anas, أنس", "Khadija, خديجة", "Khadijeh, Khadija", "Maryam, مريم", "Mariam, Maryam",
    })
    void spellingsOfOneNameAreAlike(String a, String b) {
        assertThat(NameKeys.similarity(a, b)).as("%s ~ %s", a, b).isGreaterThanOrEqualTo(0.88);
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource({
            "Muhammad, Mahmoud", "محمد, محمود", "Hasan, Hussein", "حسن, حسين", "أحمد, حمد", "Khalil, Khaled",
            "Sami, Samir", "عبد الله, عبد الرحمن", "Abdullah, Abdulrahman", "Hala, Hiba", "Rana, Rama",
            "Omar, Amer", "Ali, Alaa", "Fatima, Fadia", "Yasser, Yassin", "Hamid, Hamdi", "Majid, Mjd",
            "Fadi, Fahd", "Ahmad, Hamad",
    })
    void differentNamesAreNot(String a, String b) {
        assertThat(NameKeys.similarity(a, b)).as("%s vs %s", a, b).isLessThan(0.86);
    }

    @ParameterizedTest(name = "{0} is {0}")
    @CsvSource({"Muhammad", "محمد", "عبد الرحمن", "Al-Ahmad"})
    void aNameIsItself(String name) {
        assertThat(NameKeys.similarity(name, name)).isEqualTo(1.0);
    }
}
