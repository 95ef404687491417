package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Camundas's Cockpit, Tasklist, Admin and the engine API they use under {@code /camunda} are for administrators
 * only: an officer signed in to Portcullis can neither sign in to them nor read or complete tasks through them.
 */
class CamundaWebappsIT extends PortcullisIntegrationTest {

    @Test
    void aClerkCannotSignInToCamundasWebappsNorListTasksThroughTheirApi() throws Exception {
        OfficerSession clerk = OfficerSession.signIn(port, "clerk", "clerk");

        assertThat(clerk.postForm("/camunda/api/admin/auth/user/default/login/welcome",
                "username=clerk&password=clerk").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/camunda/app/welcome/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorReachesThem() throws Exception {
        OfficerSession admin = OfficerSession.signIn(port, "admin", "admin");

        assertThat(admin.get("/camunda/app/welcome/default/").statusCode()).isEqualTo(200);
        // past Portcullis' check, Camunda's own sign-in answers (not yet signed in there)
        assertThat(admin.get("/camunda/api/engine/engine/default/task").statusCode()).isNotEqualTo(403);
    }
}
