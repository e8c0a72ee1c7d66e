package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantFoldingTest {

  @Test
  void intArithmeticWrapsLikeJava() {
    assertThat(ConstantFolding.binary("*", 64, 2)).isEqualTo(128);
    assertThat(ConstantFolding.binary("+", Integer.MAX_VALUE, 1)).isEqualTo(Integer.MIN_VALUE);
    assertThat(ConstantFolding.binary("-", 10, 20)).isEqualTo(-10);
    assertThat(ConstantFolding.binary("/", 7, 2)).isEqualTo(3);
    assertThat(ConstantFolding.binary("%", -7, 2)).isEqualTo(-1);
  }

  @Test
  void shiftsTakeTheLeftOperandsType() {
    assertThat(ConstantFolding.binary("<<", 1, 7)).isEqualTo(128);
    assertThat(ConstantFolding.binary("<<", 1, 33)).isEqualTo(2);
    assertThat(ConstantFolding.binary("<<", 1L, 33)).isEqualTo(1L << 33);
    assertThat(ConstantFolding.binary(">>>", -1, 28)).isEqualTo(15);
  }

  @Test
  void longOperandWidensTheResult() {
    assertThat(ConstantFolding.binary("+", 1L, 2)).isEqualTo(3L);
    assertThat(ConstantFolding.cast("int", 4_294_967_424L)).isEqualTo(128);
  }

  @Test
  void divisionByZeroIsUnknown() {
    assertThat(ConstantFolding.binary("/", 1, 0)).isNull();
    assertThat(ConstantFolding.binary("%", 1L, 0L)).isNull();
  }

  @Test
  void booleansAndComparisons() {
    assertThat(ConstantFolding.binary("<", 1, 2)).isEqualTo(true);
    assertThat(ConstantFolding.binary("&&", true, false)).isEqualTo(false);
    assertThat(ConstantFolding.unary("!", false)).isEqualTo(true);
    assertThat(ConstantFolding.binary("+", true, 1)).isNull();
  }

  @Test
  void unaryAndCasts() {
    assertThat(ConstantFolding.unary("-", 1)).isEqualTo(-1);
    assertThat(ConstantFolding.unary("~", 0)).isEqualTo(-1);
    assertThat(ConstantFolding.cast("byte", 200)).isEqualTo(-56);
    assertThat(ConstantFolding.cast("char", -1)).isEqualTo(65535);
    assertThat(ConstantFolding.cast("double", 1)).isNull();
  }

  @Test
  void charsPromoteToInt() {
    assertThat(ConstantFolding.binary("+", 'A', 1)).isEqualTo(66);
    assertThat(ConstantFolding.asInt('A')).isEqualTo(65);
    assertThat(ConstantFolding.asInt(5L)).isNull();
    assertThat(ConstantFolding.asInt("5")).isNull();
  }

  @Test
  void unsupportedTypesAreUnknown() {
    assertThat(ConstantFolding.binary("+", 1.5, 1)).isNull();
    assertThat(ConstantFolding.unary("-", "x")).isNull();
  }
}
