package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.BacklogRule.Reason;
import org.junit.jupiter.api.Test;

class BacklogRuleTest {

  @Test
  void noBacklogIsReportedWhateverTheMinimum() {
    assertThat(BacklogRule.judge(false, null, 1024)).isEqualTo(Reason.NO_BACKLOG);
    assertThat(BacklogRule.judge(false, null, 10)).isEqualTo(Reason.NO_BACKLOG);
  }

  @Test
  void backlogBelowOneIsReportedWhateverTheMinimum() {
    assertThat(BacklogRule.judge(true, 0, 1024)).isEqualTo(Reason.BELOW_ONE);
    assertThat(BacklogRule.judge(true, -1, 1)).isEqualTo(Reason.BELOW_ONE);
  }

  @Test
  void knownBacklogIsComparedWithTheMinimum() {
    assertThat(BacklogRule.judge(true, 1023, 1024)).isEqualTo(Reason.BELOW_MINIMUM);
    assertThat(BacklogRule.judge(true, 1024, 1024)).isNull();
    assertThat(BacklogRule.judge(true, 128, 64)).isNull();
  }

  @Test
  void unknownBacklogIsNeverReported() {
    assertThat(BacklogRule.judge(true, null, 1024)).isNull();
  }

  @Test
  void messageForMissingBacklogNamesTheDefaultMinimumAndReplacement() {
    assertThat(BacklogRule.message(50, Reason.NO_BACKLOG, 1024, "Integer.MAX_VALUE"))
        .isEqualTo(
            "listen backlog 50 (the JDK default when none is passed) is below 1024: the kernel"
                + " lowers a larger backlog to its limit (net.core.somaxconn) but never raises a"
                + " small one; pass Integer.MAX_VALUE or a resolved limit");
  }

  @Test
  void messagePrintsNumbersWithoutGrouping() {
    assertThat(BacklogRule.message(1023, Reason.BELOW_MINIMUM, 20000, "NetUtil.SOMAXCONN"))
        .startsWith("listen backlog 1023 is below 20000:")
        .endsWith("pass NetUtil.SOMAXCONN or a resolved limit");
  }

  @Test
  void messageForBacklogBelowOneSaysTheJdkUsesFifty() {
    assertThat(BacklogRule.message(-1, Reason.BELOW_ONE, 1024, "Integer.MAX_VALUE"))
        .startsWith("listen backlog -1 (below 1, so the JDK uses 50 instead) is below 1024:");
  }

  @Test
  void messageWithAMinimumAtOrBelowTheDefaultDoesNotClaimItIsBelow() {
    assertThat(BacklogRule.message(50, Reason.NO_BACKLOG, 32, "Integer.MAX_VALUE"))
        .startsWith("listen backlog 50 (the JDK default when none is passed) leaves the accept")
        .doesNotContain("below 32");
  }
}
