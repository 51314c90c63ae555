package org.safepassage.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.security.Role;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each role sees on the consent pages only the tabs that lead somewhere it can work. */
@SafePassageTest
class ConsentTabsTest {

    private static final Pattern TABS = Pattern.compile("<nav class=\"tabs\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "REGISTRATION", "PROTECTION", "LOGISTICS", "ANALYST"})
    void everyTabARoleSeesOpensForItAndTheHouseholdsTabOnlyForThoseWhoWorkOnHouseholds(Role role)
            throws Exception {
        var page = mvc.perform(get("/consent").with(user("u-" + role).roles(role.name())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var tabs = TABS.matcher(page);
        assertThat(tabs.find()).isTrue();

        List<String> targets = new ArrayList<>();
        var href = HREF.matcher(tabs.group(1));
        while (href.find()) {
            targets.add(href.group(1));
        }
        for (String target : targets) {
            mvc.perform(get(target).with(user("u-" + role).roles(role.name())))
                    .andExpect(status().isOk());
        }
        boolean worksOnHouseholds = role == Role.PROTECTION || role == Role.REGISTRATION;
        assertThat(tabs.group(1).contains("id=\"tab-households\"")).as("households tab for " + role)
                .isEqualTo(worksOnHouseholds);
        if (worksOnHouseholds) {
            mvc.perform(get("/consent/households/{id}", java.util.UUID.randomUUID())
                    .with(user("u-" + role).roles(role.name()))).andExpect(status().isNotFound());
        } else {
            mvc.perform(get("/consent/households/{id}", java.util.UUID.randomUUID())
                    .with(user("u-" + role).roles(role.name()))).andExpect(status().isForbidden());
        }
    }
}
