package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The server's URL: TLS with full verification for every host but the loopback address, never a password. */
class ServerAddressTest {
    @Test
    void anotherHostGetsVerifyFullAndAWeakerModeIsRefused() {
        assertThat(ServerAddress.parse("jdbc:postgresql://db.example.gov:5432/sl?user=app").url())
                .isEqualTo("jdbc:postgresql://db.example.gov:5432/sl?user=app&sslmode=verify-full");
        assertThat(ServerAddress.parse("jdbc:postgresql://10.1.2.3/sl").url()).endsWith("/sl?sslmode=verify-full");
        assertThat(ServerAddress.parse("jdbc:postgresql://db/sl?sslmode=verify-full&sslrootcert=/ca.crt").url())
                .isEqualTo("jdbc:postgresql://db/sl?sslmode=verify-full&sslrootcert=/ca.crt");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://db/sl?sslmode=require"))
                .hasMessageContaining("verify-full").hasMessageContaining("not sslmode=require");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://db/sl?sslmode=disable"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLoopbackAddressMayGoWithoutTls() {
        assertThat(ServerAddress.parse("jdbc:postgresql://localhost:5432/sl?user=app").url())
                .isEqualTo("jdbc:postgresql://localhost:5432/sl?user=app");
        assertThat(ServerAddress.parse("jdbc:postgresql://127.0.0.1/sl").url()).isEqualTo("jdbc:postgresql://127.0.0.1/sl");
        assertThat(ServerAddress.parse("jdbc:postgresql://[::1]:5432/sl").url()).isEqualTo("jdbc:postgresql://[::1]:5432/sl");
        assertThat(ServerAddress.isLoopback("localhost.example.gov")).isFalse();
    }

    @Test
    void aPasswordInTheUrlAndOtherDatabasesAreRefused() {
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://db/sl?user=app&password=hunter2"))
                .hasMessageContaining("must not hold the password").message().doesNotContain("hunter2");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:h2:file:/tmp/x")).hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://db")).hasMessageContaining("the database");
        assertThat(ServerAddress.parse("jdbc:postgresql://db:5432/sl?user=app").toString()).isEqualTo("db:5432/sl");
    }
}
