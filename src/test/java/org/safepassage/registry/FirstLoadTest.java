package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The first load into an empty registry, which goes straight into the registry's tables instead of through
 * a staging table: it must find exactly what an import into a registry in use finds, store nothing when it
 * finds an error, and store what a later import would recognise as the same people.
 */
@SafePassageTest
// a context (and so a database) of its own: the registry starts empty
@TestPropertySource(properties = "safepassage.registry.import-test=first-load")
class FirstLoadTest {

    @Autowired
    RegistryManagement registry;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path csv(String name, List<String> rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, ImportTest.HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private List<String> valid() {
        var rows = new ArrayList<>(ImportTest.family("FL-A"));                          // rows 2-4
        rows.addAll(ImportTest.family("FL-B"));                                        // rows 5-7
        rows.add("FL-C,FL-C-1,HEAD,Sami,,Noor,سامي,,نور,M,2016-03-01,SY12,,B-6,,SC-CH"); // row 8: a child head
        rows.add("FL-C,FL-C-2,SIBLING,Lina,,Noor,لينا,,نور,F,2018,SY12,,B-6,,");        // row 9
        return rows;
    }

    private List<String> broken() {
        var rows = valid();
        rows.set(3, rows.get(3).replace(",F,", ",W,"));                               // row 5: bad sex
        rows.set(4, rows.get(4).replace(",CHILD,", ",HEAD,").replace(",B-3,", ",B-9,")); // row 6: head, block
        rows.set(5, rows.get(5).replace("FL-B-3", "FL-A-2"));                          // row 7: ref repeated
        rows.add("FL-D,FL-D-1,SPOUSE,Rana,,Saleh,,,,F,1990,SY99,,B-7,,");             // row 10: no head, P-code
        return rows;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private List<String> schema() {
        return ImportTest.schemaOfTheRegistry(jdbc);
    }

    @Test
    void aFirstLoadFindsWhatAnyImportFindsAndStoresWhatALaterImportRecognises() throws Exception {
        assertThat(count("individual") + count("household")).isZero();
        var schema = schema();

        var rejected = registry.importFile(csv("broken.csv", broken()), "broken.csv", false, null);

        assertThat(rejected.stored()).isFalse();
        assertThat(rejected.report().errors()).extracting(ImportFinding::row, ImportFinding::column,
                ImportFinding::rule).containsExactly(
                tuple(5, "sex", "bad-sex"),
                tuple(6, "relationship", "two-heads"),
                tuple(6, "shelter_block", "household-inconsistent"),
                tuple(7, "individual_ref", "duplicate-ref"),
                tuple(10, "origin_pcode", "unknown-pcode"),
                tuple(10, null, "no-head"));
        assertThat(rejected.report().warnings()).extracting(ImportFinding::row, ImportFinding::rule)
                .containsExactly(tuple(6, "child-head"), tuple(8, "child-head"));
        assertThat(count("individual") + count("household") + count("registry_pending_index")).isZero();
        assertThat(schema()).isEqualTo(schema);

        var loaded = registry.importFile(csv("valid.csv", valid()), "valid.csv", false, null);

        assertThat(loaded.stored()).isTrue();
        assertThat(loaded.householdsAdded()).isEqualTo(3);
        assertThat(loaded.individualsAdded()).isEqualTo(8);
        assertThat(count("individual")).isEqualTo(8);
        var household = registry.householdByRef("FL-C").orElseThrow();
        assertThat(household.shelterBlock()).isEqualTo("B-6");
        assertThat(household.size()).isEqualTo(2);
        assertThat(household.token()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(registry.members(household.id())).extracting(p -> p.name().arabic())
                .containsExactly("سامي نور", "لينا نور");
        var child = registry.personByRef("FL-A-3").orElseThrow();
        assertThat(child.specificNeeds()).containsExactlyInAnyOrder("SM-CI", "DS-PM");
        assertThat(child.registeredAt()).isEqualTo(registry.personByRef("FL-C-2").orElseThrow().registeredAt());
        assertThat(registry.search("مريم الحموي", PageRequest.first()).items()).extracting(SearchHit::ref)
                .containsExactlyInAnyOrder("FL-A-3", "FL-B-3");
        assertThat(registry.search("Sami Noor", PageRequest.first()).items()).extracting(SearchHit::ref)
                .containsExactly("FL-C-1");
        registry.awaitIndexes();
        assertThat(schema()).isEqualTo(schema);

        // an import into the registry now in use goes through staging: it finds the same, and what the registry
        // adds (row 7 names a person now registered in another household); the valid file changes nothing
        var again = registry.importFile(csv("broken.csv", broken()), "broken.csv", false, null);
        var same = registry.importFile(csv("valid.csv", valid()), "valid.csv", false, null);

        assertThat(again.report().errors()).filteredOn(f -> !f.rule().equals("ref-in-other-household"))
                .isEqualTo(rejected.report().errors());
        assertThat(again.report().errors()).extracting(ImportFinding::row, ImportFinding::rule)
                .contains(tuple(7, "ref-in-other-household"));
        assertThat(again.report().warnings()).isEqualTo(rejected.report().warnings());
        assertThat(same.individualsAdded() + same.individualsChanged()).isZero();
        assertThat(same.individualsUnchanged()).isEqualTo(8);
    }
}
