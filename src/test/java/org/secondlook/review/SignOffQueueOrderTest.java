package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.domain.Track;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.StoreKind;

/**
 * A supervisor's sign-off list: the oldest decision first, a short list being the head of the long one, on both
 * stores (the list is read through a bound on the cases' decision times, so it must stay exact).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(PostgresServer.class)
class SignOffQueueOrderTest {
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;
    Team team;

    @BeforeParameterizedClassInvocation
    void setUp() throws Exception {
        team = new Team(dir.resolve(store.name()), 12, store);
    }

    @Test
    void theOldestDecisionsComeFirstAndAShortListIsTheHeadOfTheLongOne() throws Exception {
        List<String> ids = team.ids;
        List<String> order = List.of(ids.get(7), ids.get(2), ids.get(9), ids.get(4), ids.get(0), ids.get(5), ids.get(3));
        try (ReviewSession rita = team.rita(); ReviewSession rob = team.rob(); ReviewSession sam = team.sam()) {
            for (int i = 0; i < order.size(); i++) {
                ReviewSession who = i % 2 == 0 ? rita : rob;
                who.decisions().decide(order.get(i), Track.ACADEMY, "NON_LE_OFFICER_TITLE", null,
                        Team.version(who, order.get(i)));
            }
            assertThat(ids(sam.signOffs().pending(100))).isEqualTo(order);
            assertThat(ids(sam.signOffs().pending(3))).isEqualTo(order.subList(0, 3));

            sam.signOffs().approve(order.get(1), Team.version(sam, order.get(1)));
            assertThat(ids(sam.signOffs().pending(3))).containsExactly(order.get(0), order.get(2), order.get(3));
            assertThat(ids(sam.signOffs().pending(100))).hasSize(order.size() - 1).doesNotContain(order.get(1));
        }
    }

    private static List<String> ids(List<SignOffService.PendingDecision> pending) {
        return pending.stream().map(SignOffService.PendingDecision::applicantId).toList();
    }
}
