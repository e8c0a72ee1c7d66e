package io.github.backloglint.realworld;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Counts the classes of a jar that have code but no line numbers (compiled with {@code -g:none}). */
final class DebugInfo {

  record Counts(int classes, int withoutLines) {}

  private DebugInfo() {}

  static Counts of(Path jar) throws IOException {
    int classes = 0;
    int withoutLines = 0;
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          LineScanner scanner = new LineScanner();
          new ClassReader(in).accept(scanner, ClassReader.SKIP_FRAMES);
          classes++;
          if (scanner.hasCode && !scanner.hasLines) {
            withoutLines++;
          }
        } catch (RuntimeException e) {
          // A class ASM cannot read is counted by SpotBugs' own errors, not here.
        }
      }
    }
    return new Counts(classes, withoutLines);
  }

  private static final class LineScanner extends ClassVisitor {
    boolean hasCode;
    boolean hasLines;

    LineScanner() {
      super(Opcodes.ASM9);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
        String[] exceptions) {
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public void visitCode() {
          hasCode = true;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
          hasLines = true;
        }
      };
    }
  }
}
