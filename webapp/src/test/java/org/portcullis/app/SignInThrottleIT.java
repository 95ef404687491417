package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.portcullis.processes.identity.OfficerDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guessing passwords locks the user for a while, not for good, and an administrator lifts the lock at once; the
 * engine's own permanent lock (ten failures, then locked until an administrator acts) no longer applies.
 */
class SignInThrottleIT extends PortcullisIntegrationTest {

    @Autowired
    OfficerDirectory officers;

    @Test
    void fiveWrongPasswordsLockTheUserForAWhileAndAnAdministratorLiftsTheLock() throws Exception {
        OfficerSession guesser = OfficerSession.anonymous(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.attempt("author", "guess-" + attempt).uri().toString()).endsWith("/login?error");
        }

        HttpResponse<String> locked = OfficerSession.anonymous(port).attempt("author", "author");
        assertThat(locked.uri().toString()).endsWith("/login?locked");
        assertThat(locked.body()).contains("id=\"locked\"");

        OfficerSession admin = OfficerSession.signIn(port, "admin", "admin");
        assertThat(admin.get("/admin/sign-in-locks").body()).contains("data-subject=\"user:author\"");
        HttpResponse<String> lifted = admin.postWithToken("/admin/sign-in-locks", "/admin/sign-in-locks/unlock",
                "subject=user%3Aauthor");
        assertThat(lifted.body()).contains("id=\"no-locks\"").doesNotContain("data-subject=\"user:author\"");
        assertThat(admin.postWithToken("/admin/sign-in-locks", "/admin/sign-in-locks/unlock",
                "subject=source%3A127.0.0.1").statusCode()).isEqualTo(200);

        HttpResponse<String> signedIn = OfficerSession.anonymous(port).attempt("author", "author");
        assertThat(signedIn.uri().getPath()).isEqualTo("/rules");
    }

    @Test
    void theEngineNoLongerLocksAnAccountForGoodAfterTenFailures() {
        for (int attempt = 0; attempt < 12; attempt++) {
            assertThat(officers.signIn("supervisor", "wrong-" + attempt)).isEmpty();
        }

        assertThat(officers.signIn("supervisor", "supervisor")).isPresent();
    }

    @Test
    void officersPasswordsAreKeptAsBcryptHashes() {
        String stored = jdbc.sql("select PWD_ from ACT_ID_USER where ID_ = 'clerk'").query(String.class).single();

        assertThat(stored).startsWith("{BCRYPT}$2a$10$");
    }

    @Test
    void aClerkCannotOpenTheSignInLocks() throws Exception {
        assertThat(OfficerSession.signIn(port, "clerk", "clerk").get("/admin/sign-in-locks").statusCode())
                .isEqualTo(403);
    }
}
