package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;

/** {@code bench concurrency}, small: reviewers deciding and signing off at once lose nothing and keep the chain whole. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class BenchConcurrencyCommandTest {
    @Parameter
    StoreKind store;

    @TempDir
    Path tmp;

    @Test
    void reviewersWorkingAtOnceLoseNoUpdateAndKeepTheChainWhole() {
        List<String> args = new ArrayList<>(List.of("bench", "concurrency", "--reviewers", "4", "--cases", "300",
                "--seconds", "4"));
        if (store == StoreKind.POSTGRESQL) {
            PostgresServer.Db db = PostgresServer.database();
            args.addAll(List.of("--database", db.url(), "--database-password-file", db.passwordFile().toString()));
        }
        CliRunner.Result r = new CliRunner(tmp.resolve("data")).run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("store = " + store.name().toLowerCase(java.util.Locale.ROOT))
                .contains("lost_updates = 0 ").contains("chain_breaks = 0 ").contains("other_refusals = 0")
                .containsPattern("decisions_per_s = \\d+\\.\\d decisions/s").containsPattern("next_case_p99 = \\d+\\.\\d ms")
                .containsPattern("next_case_cpu_p99 = \\d+\\.\\d ms");
        assertThat(figure(r.out(), "decisions")).isPositive();
        assertThat(figure(r.out(), "sign_offs")).isPositive();
        // Each opening's own CPU time is part of its wall time, so the same quantile of it can never be larger.
        assertThat(decimal(r.out(), "next_case_cpu_p99")).isPositive().isLessThanOrEqualTo(decimal(r.out(), "next_case_p99"));
    }

    private static double decimal(String out, String name) {
        return out.lines().filter(l -> l.startsWith(name + " = ")).map(l -> l.substring(name.length() + 3).split(" ")[0])
                .mapToDouble(Double::parseDouble).findFirst().orElseThrow();
    }

    private static long figure(String out, String name) {
        return out.lines().filter(l -> l.startsWith(name + " = ")).map(l -> l.substring(name.length() + 3).split(" ")[0])
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
    }
}
