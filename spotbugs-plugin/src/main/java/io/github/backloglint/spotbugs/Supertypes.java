package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers "is this class, or one of its supertypes, named so?" through SpotBugs' class hierarchy.
 * Only types that SpotBugs can load count: a type missing from the aux classpath does not match,
 * not even by its name, so the detector stays silent where the source checkers cannot resolve.
 * Answers are cached for the analysis run.
 */
final class Supertypes {

  private final Map<String, Boolean> cache = new HashMap<>();

  /**
   * Whether {@code slashedName} or any of its superclasses and interfaces satisfies {@code isTarget}
   * (which sees dotted names). {@code key} distinguishes the questions in the cache.
   */
  boolean matches(String slashedName, String key, Predicate<String> isTarget) {
    if (slashedName == null || slashedName.startsWith("[")) {
      return false; // arrays: clone() and friends
    }
    return cache.computeIfAbsent(key + ' ' + slashedName, k -> search(slashedName, isTarget));
  }

  private static boolean search(String slashedName, Predicate<String> isTarget) {
    Deque<ClassDescriptor> pending = new ArrayDeque<>();
    Set<ClassDescriptor> seen = new HashSet<>();
    pending.add(DescriptorFactory.createClassDescriptor(slashedName));
    while (!pending.isEmpty()) {
      ClassDescriptor type = pending.poll();
      if (!seen.add(type)) {
        continue;
      }
      XClass info = lookup(type);
      if (info == null) {
        continue; // a type that cannot be loaded is no evidence of a sink, even by its name
      }
      if (isTarget.test(type.getDottedClassName())) {
        return true;
      }
      if (info.getSuperclassDescriptor() != null) {
        pending.add(info.getSuperclassDescriptor());
      }
      for (ClassDescriptor implemented : info.getInterfaceDescriptorList()) {
        pending.add(implemented);
      }
    }
    return false;
  }

  private static XClass lookup(ClassDescriptor type) {
    try {
      return Global.getAnalysisCache().getClassAnalysis(XClass.class, type);
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
  }
}
