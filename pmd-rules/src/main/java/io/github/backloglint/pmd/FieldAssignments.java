package io.github.backloglint.pmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.ConfigReads;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.FieldFacts;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;

/**
 * The assignments of one class's fields, gathered once per class and field: the initializer, what
 * each constructor and initializer block assigns, the injection annotations, and which methods
 * assign the field elsewhere (configuration, unless the body that holds a sink calls one). Core's
 * {@link FieldFacts} turns them into the field's default.
 */
final class FieldAssignments {

  private static final DefaultValue UNKNOWN = new DefaultValue.Unknown();

  private final ASTTypeDeclaration type;
  /** Each field's default, {@code null} when unknown; computed on first ask. */
  private final Map<ASTVariableId, ClassDefault> defaults = new HashMap<>();
  /** The methods that assign each field asked about. */
  private final Map<ASTVariableId, Set<ASTMethodDeclaration>> writers = new HashMap<>();

  FieldAssignments(ASTTypeDeclaration type) {
    this.type = type;
  }

  /** The default of {@code field}, a field of this class, or {@code null} when it is not known. */
  ClassDefault defaultOf(ASTVariableId field) {
    if (!defaults.containsKey(field)) {
      defaults.put(field, gather(field).toDefault());
    }
    return defaults.get(field);
  }

  /** Whether {@code scope} calls a method of the class that assigns {@code field}. */
  boolean callsWriter(JavaNode scope, ASTVariableId field) {
    defaultOf(field);
    return callsAny(scope, writers.get(field));
  }

  /**
   * The value a write of a field assigns it: the right-hand side of a plain {@code =} to this
   * object's field ({@code backlog}, {@code this.backlog}, {@code Outer.this.backlog}, {@code
   * Outer.backlog}); {@code null} for a compound assignment, an increment, another object's field.
   */
  static ASTExpression assignedValue(ASTNamedReferenceExpr write) {
    return write.getParent() instanceof ASTAssignmentExpression assignment
            && assignment.getLeftOperand() == write
            && !assignment.isCompound()
            && (!(write instanceof ASTFieldAccess access) || isThisOrType(access.getQualifier()))
        ? assignment.getRightOperand()
        : null;
  }

  /** {@code this}, {@code Outer.this} or a type name: the qualifier of this object's own member. */
  static boolean isThisOrType(ASTExpression qualifier) {
    return qualifier instanceof ASTThisExpression || qualifier instanceof ASTTypeExpression;
  }

  private FieldFacts gather(ASTVariableId field) {
    FieldFacts facts = FieldFacts.of(field.getName(), !field.getTypeMirror().isPrimitive());
    ASTFieldDeclaration declaration = field.ancestors(ASTFieldDeclaration.class).first();
    if (declaration == null) {
      return facts.injected(); // a record's component: its canonical constructor's parameter
    }
    injections(declaration, facts);
    if (field.getInitializer() != null) {
      facts.initializer(ConfigReadCalls.valueOf(field.getInitializer()));
    }
    Set<ASTMethodDeclaration> methods = new HashSet<>();
    writers.put(field, methods);
    Map<ASTConstructorDeclaration, List<DefaultValue>> constructors = new LinkedHashMap<>();
    for (ASTNamedReferenceExpr usage : field.getLocalUsages()) {
      if (usage.getAccessType() != AccessType.WRITE) {
        continue;
      }
      Node member = memberOf(usage);
      if (member instanceof ASTConstructorDeclaration constructor) {
        constructors.computeIfAbsent(constructor, c -> new ArrayList<>())
            .add(field.isStatic() ? UNKNOWN : valueOf(usage));
      } else if (member instanceof ASTInitializer block) {
        facts.initializerBlock(block.isStatic() == field.isStatic() ? valueOf(usage) : UNKNOWN);
      } else if (member instanceof ASTFieldDeclaration) {
        facts.initializerBlock(UNKNOWN); // assigned while another field is initialized
      } else {
        // elsewhere: configuration, unless a constructor or the sink's body calls the method
        ASTMethodDeclaration method = usage.ancestors(ASTMethodDeclaration.class).first();
        if (method != null) {
          methods.add(method);
        }
      }
    }
    for (ASTInitializer block : type.getDeclarations(ASTInitializer.class)) {
      if (callsAny(block, methods)) {
        facts.initializerBlock(UNKNOWN);
      }
    }
    List<ASTConstructorDeclaration> declared = type.getDeclarations(ASTConstructorDeclaration.class).toList();
    if (declared.isEmpty() || field.isStatic()) {
      facts.keepsInitializer(); // javac's default constructor, or a static field
    }
    for (ASTConstructorDeclaration constructor : declared) {
      List<DefaultValue> assigned = constructors.getOrDefault(constructor, new ArrayList<>());
      if (callsAny(constructor, methods)) {
        assigned.add(UNKNOWN); // a setter called from a constructor
      }
      if (!field.isStatic() || !assigned.isEmpty()) {
        facts.constructor(assigned, delegates(constructor));
      }
    }
    return facts;
  }

  /**
   * An injection annotation makes the field unknown, unless it is one with a known default; an
   * annotation whose type is not resolved might be one, and is treated so.
   */
  private static void injections(ASTFieldDeclaration declaration, FieldFacts facts) {
    for (ASTAnnotation annotation : declaration.getDeclaredAnnotations()) {
      JClassSymbol symbol = annotation.getTypeMirror().getSymbol();
      if (symbol.isUnresolved()) {
        facts.injected();
        continue;
      }
      String name = symbol.getBinaryName();
      if (!ConfigReads.INJECTIONS.contains(name)) {
        continue;
      }
      ASTMemberValue element =
          annotation.getAttribute(name.equals(ConfigReads.CONFIG_PROPERTY) ? "defaultValue" : "value");
      String text = element != null && element.getConstValue() instanceof String value ? value : null;
      Integer value = ConfigReads.annotatedDefault(name, text);
      if (value == null) {
        facts.injected();
      } else {
        facts.annotated(
            new DefaultValue.Annotated(name, value, ConfigReads.annotatedKey(name, text), annotation));
      }
    }
  }

  private static DefaultValue valueOf(ASTNamedReferenceExpr write) {
    ASTExpression value = assignedValue(write);
    return value == null ? UNKNOWN : ConfigReadCalls.valueOf(value);
  }

  /** The member of this class whose code holds {@code node}, or {@code null} (another class). */
  private Node memberOf(Node node) {
    for (Node child = node, parent = node.getParent(); parent != null;
        child = parent, parent = parent.getParent()) {
      if (parent == type.getBody()) {
        return child;
      }
    }
    return null;
  }

  /** Whether the constructor starts with {@code this(...)}: the called one's assignments count. */
  private static boolean delegates(ASTConstructorDeclaration constructor) {
    return constructor.getBody().getNumChildren() > 0
        && constructor.getBody().getChild(0) instanceof ASTExplicitConstructorInvocation call
        && call.isThis();
  }

  /** Whether {@code scope} calls one of {@code methods} on this object (or statically). */
  private static boolean callsAny(JavaNode scope, Set<ASTMethodDeclaration> methods) {
    if (methods == null || methods.isEmpty()) {
      return false;
    }
    Set<String> names = new HashSet<>();
    methods.forEach(method -> names.add(method.getName()));
    for (ASTMethodCall call : scope.descendants(ASTMethodCall.class).crossFindBoundaries()) {
      if (names.contains(call.getMethodName())
          && (call.getQualifier() == null || isThisOrType(call.getQualifier()))) {
        JMethodSig method = SinkRows.resolved(call);
        if (method == null || methods.contains(method.getSymbol().tryGetNode())) {
          return true; // an unresolved call of that name might be the setter
        }
      }
    }
    return false;
  }
}
