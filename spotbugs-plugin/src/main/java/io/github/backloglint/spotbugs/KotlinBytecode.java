package io.github.backloglint.spotbugs;

import java.nio.charset.StandardCharsets;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Unknown;

/**
 * What the Kotlin compiler puts in bytecode that javac does not (besides the receiver copies of
 * scope functions, see {@link LocalCopies}).
 *
 * <ul>
 *   <li>{@code use {}} closes its receiver through the library's {@code closeFinally(closeable,
 *       cause)}: that is the socket's own close, not a hand-over to another method.
 *   <li>An inline function's body is copied into each caller, with line numbers that the class's
 *       SMAP (JSR-45 {@code SourceDebugExtension}) maps to the inline function's file, past the end
 *       of the caller's own lines. Such a copy is not the user's sink: the inline function itself is
 *       analysed, and reported on its own line, where it is declared.
 * </ul>
 */
final class KotlinBytecode {

  private static final String CLOSE_FINALLY = "closeFinally";

  private KotlinBytecode() {}

  /** Whether kotlinc compiled the class: it carries the {@code kotlin.Metadata} annotation. */
  static boolean isKotlin(JavaClass javaClass) {
    for (AnnotationEntry annotation : javaClass.getAnnotationEntries()) {
      if ("Lkotlin/Metadata;".equals(annotation.getAnnotationType())) {
        return true;
      }
    }
    return false;
  }

  /** {@code kotlin.io.closeFinally(Closeable, Throwable)} or its {@code AutoCloseable} twin. */
  static boolean isUseClose(int seen, String owner, String name, String signature) {
    return seen == Const.INVOKESTATIC
        && CLOSE_FINALLY.equals(name)
        && (("kotlin/io/CloseableKt".equals(owner)
                && "(Ljava/io/Closeable;Ljava/lang/Throwable;)V".equals(signature))
            || ("kotlin/jdk7/AutoCloseableKt".equals(owner)
                && "(Ljava/lang/AutoCloseable;Ljava/lang/Throwable;)V".equals(signature)));
  }

  /**
   * Whether the instruction at {@code pc} belongs to code that Kotlin inlined from another function:
   * the SMAP of the Kotlin stratum maps its line to a file entry other than the class's own (entry
   * 1). Classes without a Kotlin SMAP have no such code.
   */
  static boolean isInlinedCode(JavaClass javaClass, Code code, int pc) {
    String smap = smap(javaClass);
    LineNumberTable lines = code.getLineNumberTable();
    if (smap == null || lines == null) {
      return false;
    }
    int line = lines.getSourceLine(pc);
    return line > 0 && mapsToOtherFile(smap, line);
  }

  private static String smap(JavaClass javaClass) {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof Unknown unknown && "SourceDebugExtension".equals(unknown.getName())
          && unknown.getBytes() != null) {
        String smap = new String(unknown.getBytes(), StandardCharsets.UTF_8);
        // SMAP, the generated file's name, then the default stratum.
        String[] header = smap.split("\n", 4);
        return header.length == 4 && "SMAP".equals(header[0].trim()) && "Kotlin".equals(header[2].trim())
            ? smap
            : null;
      }
    }
    return null;
  }

  /**
   * Reads the first stratum's line section, entries {@code in[#file][,repeat]:out[,increment]}
   * (a missing file id repeats the previous one), and checks whether an entry of a file other than
   * 1 covers the output line.
   */
  private static boolean mapsToOtherFile(String smap, int line) {
    boolean inLines = false;
    int file = 1;
    for (String raw : smap.split("\n")) {
      String entry = raw.trim();
      if (entry.equals("*L")) {
        inLines = true;
        continue;
      }
      if (!inLines) {
        continue;
      }
      if (entry.startsWith("*")) {
        return false; // the end of the first stratum's line section
      }
      try {
        int colon = entry.indexOf(':');
        String input = entry.substring(0, colon);
        String output = entry.substring(colon + 1);
        int hash = input.indexOf('#');
        if (hash >= 0) {
          int comma = input.indexOf(',', hash);
          file = Integer.parseInt(input.substring(hash + 1, comma < 0 ? input.length() : comma));
        }
        int repeatComma = input.indexOf(',');
        int repeat = repeatComma < 0 ? 1 : Integer.parseInt(input.substring(repeatComma + 1));
        int outComma = output.indexOf(',');
        int outStart = Integer.parseInt(outComma < 0 ? output : output.substring(0, outComma));
        int increment = outComma < 0 ? 1 : Integer.parseInt(output.substring(outComma + 1));
        int outEnd = outStart + repeat * Math.max(increment, 1) - 1;
        if (file != 1 && outStart <= line && line <= outEnd) {
          return true;
        }
      } catch (RuntimeException e) {
        return false; // a malformed SMAP: treat the line as the class's own
      }
    }
    return false;
  }
}
