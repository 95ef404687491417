package org.portcullis.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.app.security.LoginController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest({LoginController.class, HomeController.class})
@Import(SignInAndLanguageTest.Pages.class)
class SignInAndLanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signInPageIsOpenAndAllowsNoInlineScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("login"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    @Test
    void languageSwitchShowsThePageInDutchAndRemembersIt() throws Exception {
        var result = mvc.perform(get("/login").param("lang", "nl"))
                .andExpect(cookie().value("portcullis-lang", "nl"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"nl\"", "Aanmelden", "Wachtwoord");

        String again = mvc.perform(get("/login").cookie(new Cookie("portcullis-lang", "nl")))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Wachtwoord");
    }

    @Test
    void unsupportedLanguageIsIgnored() throws Exception {
        String page = mvc.perform(get("/login").param("lang", "xx")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"en\"", "Password");
    }

    @Test
    @WithOfficer(value = "author", roles = "RULE_AUTHOR", groups = "ruleauthors")
    void startPageIsTheFirstPageTheRolesOpen() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/rules"));
    }

    @Test
    @WithOfficer(value = "nobody", roles = {}, groups = {})
    void officerWithoutRolesIsToldSoOnTheStartPage() throws Exception {
        mvc.perform(get("/")).andExpect(view().name("home"));
    }

    /** Navigation entries as features contribute them: the inbox for clerks, rules for authors. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Pages {

        @Bean
        NavigationItem inbox() {
            return new NavigationItem("/tasks", "nav.inbox", 10, Set.of("CLERK"));
        }

        @Bean
        NavigationItem rules() {
            return new NavigationItem("/rules", "nav.inbox", 40, Set.of("RULE_AUTHOR"));
        }
    }
}
