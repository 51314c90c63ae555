package org.safepassage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {

    private static final String HEADER = "household_ref,individual_ref,relationship,given_name,father_name,family_name,"
            + "given_name_ar,father_name_ar,family_name_ar,sex,date_of_birth,origin_pcode,arrival_date,shelter_block,"
            + "phone,specific_needs";

    @Test
    void writesThePairsOfASmallFile(@TempDir Path directory) throws Exception {
        Path input = directory.resolve("small.csv");
        Files.writeString(input, "\uFEFF" + HEADER + "\r\n"
                + "H1,P1,HEAD,Mohammed,Ahmad,Al-Khalidi,محمد,أحمد,الخالدي,M,1984-03-07,SY04,2016-01-10,A-01,+963944000111,\r\n"
                + "H1,P2,SPOUSE,Amal,Ali,Al-Hasan,أمل,علي,الحسن,F,1988,SY04,2016-01-10,A-01,,\r\n"
                + "H2,P3,HEAD,Mhd,Ahmed,Alkhalidi,,,,M,1984-07-03,SY04,2018-05-01,B-07,,\r\n"
                + "H3,P4,HEAD,Hussein,Omar,Al-Ali,حسين,عمر,العلي,M,1990-01-01,SY09,2016-02-02,C-03,,\r\n");
        Path out = directory.resolve("pairs.csv");
        Path explain = directory.resolve("why.csv");
        int exit = SafePassageCli.commandLine(Object.class).execute("dedup", "--input", input.toString(), "--out",
                out.toString(), "--explain", explain.toString());
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("individual_ref_a,individual_ref_b,score,decision");
        assertThat(lines.get(1)).startsWith("P1,P3,").endsWith(",MATCH");
        assertThat(Files.readString(explain)).contains("day and month swapped").contains("تبديل اليوم والشهر");
    }

    @Test
    void failsWithAMessageWhenTheInputCannotBeRead(@TempDir Path directory) {
        int exit = SafePassageCli.commandLine(Object.class).execute("dedup", "--input",
                directory.resolve("missing.csv").toString(), "--out", directory.resolve("pairs.csv").toString());
        assertThat(exit).isEqualTo(1);
    }
}
