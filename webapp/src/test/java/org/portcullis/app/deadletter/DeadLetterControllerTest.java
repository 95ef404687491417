package org.portcullis.app.deadletter;

import org.portcullis.casework.deadletter.DeadLetter;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.casework.deadletter.DeadLetterReplay;
import org.portcullis.casework.deadletter.DeadLetterGoneException;
import org.portcullis.casework.deadletter.DeadLetterDiscard;
import org.portcullis.casework.deadletter.DeadLetterNotReplayableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.iot.SensorDeadLetters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(DeadLetterController.class)
class DeadLetterControllerTest {

    static final DeadLetter LETTER = new DeadLetter("ID:abc", "m-7", null, "the carrierId property is missing",
            Instant.parse("2026-11-29T09:00:00Z"), 12, "{\"header\":1}");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DeadLetterQueue queue;

    @MockitoBean
    DeadLetterReplay replay;

    @MockitoBean
    DeadLetterDiscard discard;

    @MockitoBean
    SensorDeadLetters sensorDeadLetters;

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void supervisorSeesEachDeadLetterWithItsReasonAndAReplayButton() throws Exception {
        when(queue.browse(0, 25)).thenReturn(new DeadLetterQueue.Page(List.of(LETTER), 0, 25, 1, false));

        String page = mvc.perform(get("/dead-letters"))
                .andExpect(view().name("deadletters/list"))
                .andExpect(model().attributeExists("deadLetters"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("the carrierId property is missing", "m-7", "1 message(s)", "Replay message m-7");
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void pageThatIsNoNumberShowsTheFirstPageAndSaysSoInTheOfficersLanguage() throws Exception {
        when(queue.browse(0, 25)).thenReturn(new DeadLetterQueue.Page(List.of(LETTER), 0, 25, 30, false));

        String page = mvc.perform(get("/dead-letters").param("page", "abc").param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(view().name("deadletters/list"))
                .andExpect(model().attributeHasFieldErrorCode("deadLetterList", "page", "typeMismatch"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"page-error\"", "Een pagina is een getal; dit is de eerste.",
                "the carrierId property is missing", "Pagina 1 van 2").doesNotContain("??");
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void pageThatIsANumberSaysNothingAboutIt() throws Exception {
        when(queue.browse(1, 25)).thenReturn(new DeadLetterQueue.Page(List.of(LETTER), 1, 25, 26, false));

        String page = mvc.perform(get("/dead-letters").param("page", "1"))
                .andExpect(model().hasNoErrors())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Page 2 of 2", "m-7").doesNotContain("page-error");
    }

    @Test
    @WithOfficer(value = "admin", roles = "ADMIN", groups = "camunda-admin")
    void administratorSeesDeadLettersWithoutReplayButton() throws Exception {
        when(queue.browse(0, 25)).thenReturn(new DeadLetterQueue.Page(List.of(LETTER), 0, 25, 1, false));

        String page = mvc.perform(get("/dead-letters")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("the carrierId property is missing").doesNotContain("Replay message");
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void replaySendsTheMessageBackAndSaysSo() throws Exception {
        when(replay.replay("ID:abc", "supervisor")).thenReturn(LETTER);

        mvc.perform(post("/dead-letters/replay").with(csrf()).param("id", "ID:abc"))
                .andExpect(redirectedUrl("/dead-letters"))
                .andExpect(flash().attribute("flash", FlashMessage.success("deadLetters.replayed", "m-7")));
        verify(replay).replay("ID:abc", "supervisor");
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void replayOfALetterNoLongerThereChangesNothing() throws Exception {
        when(replay.replay("ID:gone", "supervisor")).thenThrow(new DeadLetterGoneException("ID:gone"));

        mvc.perform(post("/dead-letters/replay").with(csrf()).param("id", "ID:gone"))
                .andExpect(redirectedUrl("/dead-letters"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("deadLetters.gone", "ID:gone")));
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void replayOfALetterSentUnderAnotherCarriersIdIsRefused() throws Exception {
        when(replay.replay("ID:spoof", "supervisor"))
                .thenThrow(new DeadLetterNotReplayableException("ID:spoof",
                        DeadLetter.Blocker.SENDER_NOT_THE_CARRIER));

        mvc.perform(post("/dead-letters/replay").with(csrf()).param("id", "ID:spoof"))
                .andExpect(redirectedUrl("/dead-letters"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("deadLetters.notReplayable",
                        FlashMessage.label("deadLetters.blocker.SENDER_NOT_THE_CARRIER"))));
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void aLetterThatCannotBeReplayedSaysWhyUpFrontAndOffersOnlyTheDiscard() throws Exception {
        DeadLetter orphan = new DeadLetter("ID:orphan", "m-9", null, "no carrierId", LETTER.deadAt(), 12, "{}",
                DeadLetter.Blocker.NO_CARRIER_ID);
        when(queue.browse(0, 25)).thenReturn(new DeadLetterQueue.Page(List.of(orphan), 0, 25, 1, false));

        String page = mvc.perform(get("/dead-letters")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("It names no carrier: nobody could be answered.", "/dead-letters/discard")
                .doesNotContain("class=\"btn btn-outline-primary btn-sm replay\"");
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void discardTakesTheLetterWithTheReasonAndWithoutOneNothing() throws Exception {
        when(discard.discard("ID:abc", "Test message of the broker vendor", "supervisor")).thenReturn(LETTER);
        when(discard.discard("ID:abc", "", "supervisor")).thenThrow(new IllegalArgumentException("no reason"));

        mvc.perform(post("/dead-letters/discard").with(csrf()).param("id", "ID:abc")
                        .param("reason", "Test message of the broker vendor"))
                .andExpect(flash().attribute("flash", FlashMessage.success("deadLetters.discarded", "m-7")));
        mvc.perform(post("/dead-letters/discard").with(csrf()).param("id", "ID:abc"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("deadLetters.discardReasonMissing")));
    }
}
