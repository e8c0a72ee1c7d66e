package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TailLengthsTest {

  @Test
  void keepsWhatWasNotedByItsEndingAndLength() {
    TailLengths lengths = new TailLengths();
    lengths.add("org/apache/catalina/startup/Tomcat", 6);
    assertThat(lengths.mayContain("org/apache/catalina/startup/Tomcat", 6)).isTrue();
    assertThat(lengths.mayContain("shaded/org/apache/catalina/startup/Tomcat", 6)).isTrue();
  }

  @Test
  void rejectsAnotherEndingOrLength() {
    TailLengths lengths = new TailLengths();
    lengths.add("org/apache/catalina/startup/Tomcat", 6);
    assertThat(lengths.mayContain("java/lang/Object", 6)).isFalse(); // ends in 't' too
    assertThat(lengths.mayContain("com/example/Wombat", 6)).isFalse(); // ends in "bat"
    assertThat(lengths.mayContain("com/example/NotTomcat", 9)).isFalse(); // same ending, longer
    assertThat(lengths.mayContain("", 0)).isFalse();
  }

  @Test
  void shortNamesAndLongLengthsAreKeptToo() {
    TailLengths lengths = new TailLengths();
    lengths.add("ab", 2);
    lengths.add("x".repeat(80), 80);
    assertThat(lengths.mayContain("ab", 2)).isTrue();
    assertThat(lengths.mayContain("x".repeat(90), 90)).isTrue(); // lengths above 63 share a bit
    assertThat(lengths.mayContain("b", 1)).isFalse();
  }
}
