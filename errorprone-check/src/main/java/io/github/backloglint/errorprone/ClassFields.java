package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.backloglint.core.ConfigReads;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.FieldFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * What one class's code says about its {@code int} and {@code Integer} fields, gathered once per
 * class for core's {@link FieldFacts}: each field's initializer and injection annotations, what each
 * constructor and initializer assigns it, the getters that return it, and which of the class's
 * methods assign which fields. A record's fields come from its parameters: none are gathered.
 */
final class ClassFields {

  /** An unknown candidate makes its field unknown. */
  private static final DefaultValue UNKNOWN = new DefaultValue.Unknown();

  private final ClassSymbol type;
  private final Map<VarSymbol, FieldFacts> fields = new LinkedHashMap<>();
  private final Map<MethodSymbol, VarSymbol> getters = new HashMap<>();
  private final Map<MethodSymbol, TreePath> methods = new HashMap<>();
  private final Map<MethodSymbol, Set<VarSymbol>> assignedBy = new HashMap<>();
  private final VisitorState state;

  private ClassFields(ClassSymbol type, VisitorState state) {
    this.type = type;
    this.state = state;
  }

  /** The facts of the class declared at {@code path}. */
  static ClassFields of(TreePath path, VisitorState state) {
    ClassTree tree = (ClassTree) path.getLeaf();
    ClassFields facts = new ClassFields(ASTHelpers.getSymbol(tree), state);
    if (facts.type.getKind() != ElementKind.RECORD) {
      facts.gather(path, tree);
    }
    return facts;
  }

  /** The facts of {@code field}; {@code null} when it is not an {@code int} or {@code Integer}. */
  FieldFacts field(VarSymbol field) {
    return fields.get(field);
  }

  /** The field a getter returns ({@code return backlog;}), or {@code null}. */
  VarSymbol getter(MethodSymbol method) {
    return getters.get(method);
  }

  /** The fields that {@code method} assigns, itself or through the class's methods it calls. */
  Set<VarSymbol> assignedBy(MethodSymbol method) {
    Set<VarSymbol> known = assignedBy.get(method);
    if (known != null) {
      return known;
    }
    Set<VarSymbol> assigned = new HashSet<>();
    assignedBy.put(method, assigned); // before the calls: a recursion ends here
    TreePath body = methods.get(method);
    if (body != null) {
      FieldWrites writes = FieldWrites.in(body, type);
      writes.writes().forEach(write -> assigned.add(write.field()));
      for (MethodSymbol called : writes.calls()) {
        assigned.addAll(assignedBy(called));
      }
    }
    return assigned;
  }

  private void gather(TreePath path, ClassTree tree) {
    List<TreePath> constructors = new ArrayList<>();
    for (Tree member : tree.getMembers()) {
      MethodSymbol symbol =
          member instanceof MethodTree method ? ASTHelpers.getSymbol(method) : null;
      if (symbol != null) {
        if (symbol.isConstructor()) {
          constructors.add(new TreePath(path, member));
        } else {
          methods.put(symbol, new TreePath(path, member));
        }
      }
    }
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree variable) {
        declare(new TreePath(path, member), variable);
      }
    }
    // A block is taken to run after every declaration, wherever it is written.
    for (Tree member : tree.getMembers()) {
      if (member instanceof BlockTree) {
        initializer(new TreePath(path, member));
      }
    }
    methods.forEach(
        (method, methodPath) -> {
          VarSymbol returned = returnedField((MethodTree) methodPath.getLeaf());
          if (returned != null) {
            getters.put(method, returned);
          }
        });
    constructors.forEach(this::constructor);
    if (constructors.isEmpty()) {
      fields.values().forEach(FieldFacts::keepsInitializer);
    }
  }

  /** A field: its initializer (none: the fix's place for one), its annotations. */
  private void declare(TreePath path, VariableTree variable) {
    VarSymbol field = ASTHelpers.getSymbol(variable);
    Type type = field == null ? null : field.type;
    if (type == null
        || !state.getTypes().isSameType(state.getTypes().unboxedTypeOrType(type),
            state.getSymtab().intType)) {
      return;
    }
    boolean boxed = !type.isPrimitive();
    FieldFacts facts = FieldFacts.of(field.getSimpleName().toString(), boxed);
    ExpressionTree initializer = variable.getInitializer();
    facts.initializer(initializer == null
        ? new DefaultValue.Unassigned(boxed, variable)
        : DefaultValues.of(initializer, known(path), state));
    if (field.isStatic()) {
      facts.keepsInitializer();
    }
    injection(field, variable, facts);
    fields.put(field, facts);
  }

  /**
   * An injection annotation makes the field unknown, unless it is Spring's {@code @Value} or
   * MicroProfile's {@code @ConfigProperty} with a known default, which is then its value.
   */
  private void injection(VarSymbol field, VariableTree variable, FieldFacts facts) {
    for (Attribute.Compound annotation : field.getAnnotationMirrors()) {
      if (!(annotation.type.tsym instanceof ClassSymbol annotationType)) {
        continue;
      }
      String name = annotationType.flatName().toString();
      if (!ConfigReads.INJECTIONS.contains(name)) {
        continue;
      }
      String element = name.equals(ConfigReads.CONFIG_PROPERTY) ? "defaultValue" : "value";
      String text = null;
      for (var value : annotation.values) {
        if (value.fst.name.contentEquals(element) && value.snd.getValue() instanceof String s) {
          text = s;
        }
      }
      Integer known = ConfigReads.annotatedDefault(name, text);
      if (known == null) {
        facts.injected();
      } else {
        facts.annotated(new DefaultValue.Annotated(name, known,
            ConfigReads.annotatedKey(name, text), annotationTree(variable, annotation)));
      }
    }
  }

  private static AnnotationTree annotationTree(VariableTree variable, Attribute.Compound mirror) {
    for (AnnotationTree annotation : variable.getModifiers().getAnnotations()) {
      if (ASTHelpers.getSymbol(annotation.getAnnotationType()) == mirror.type.tsym) {
        return annotation;
      }
    }
    return null;
  }

  /**
   * An initializer block: its writes are candidates of the fields of its kind, in place of their
   * initializers (core's {@link FieldFacts#initializerBlock}); a static field written in an
   * instance block, or the reverse, is unknown.
   */
  private void initializer(TreePath path) {
    boolean isStatic = ((BlockTree) path.getLeaf()).isStatic();
    FieldWrites writes = FieldWrites.in(path, type);
    KnownValues known = known(path);
    for (FieldWrites.Write write : writes.writes()) {
      FieldFacts facts = fields.get(write.field());
      if (facts == null) {
        continue;
      } else if (write.field().isStatic() == isStatic) {
        facts.initializerBlock(value(write, known));
      } else {
        unknown(facts);
      }
    }
    makeUnknownWhatTheyAssign(writes.calls());
  }

  /**
   * A constructor: its writes to instance fields are their candidates (on every path or not: SPEC
   * keeps the initializer only for a constructor that assigns nothing); a static field written
   * there, or a field that a method it calls writes, is unknown.
   */
  private void constructor(TreePath path) {
    boolean delegates = delegates((MethodTree) path.getLeaf());
    FieldWrites writes = FieldWrites.in(path, type);
    KnownValues known = known(path);
    Map<VarSymbol, List<DefaultValue>> assigned = new HashMap<>();
    for (FieldWrites.Write write : writes.writes()) {
      FieldFacts facts = fields.get(write.field());
      if (facts != null && write.field().isStatic()) {
        unknown(facts);
      } else if (facts != null) {
        assigned.computeIfAbsent(write.field(), f -> new ArrayList<>()).add(value(write, known));
      }
    }
    fields.forEach(
        (field, facts) -> {
          if (!field.isStatic()) {
            facts.constructor(assigned.getOrDefault(field, List.of()), delegates);
          }
        });
    makeUnknownWhatTheyAssign(writes.calls());
  }

  /** An unknown candidate makes the field unknown, whichever constructor runs. */
  private static void unknown(FieldFacts facts) {
    facts.constructor(List.of(UNKNOWN), true);
  }

  private void makeUnknownWhatTheyAssign(Set<MethodSymbol> calls) {
    for (MethodSymbol called : calls) {
      for (VarSymbol field : assignedBy(called)) {
        FieldFacts facts = fields.get(field);
        if (facts != null) {
          unknown(facts);
        }
      }
    }
  }

  private DefaultValue value(FieldWrites.Write write, KnownValues known) {
    return write.value() == null || write.nested()
        ? UNKNOWN
        : DefaultValues.of(write.value(), known, state);
  }

  /** Whether a constructor starts with {@code this(...)}. */
  private static boolean delegates(MethodTree constructor) {
    List<? extends StatementTree> statements = constructor.getBody().getStatements();
    return !statements.isEmpty()
        && statements.get(0) instanceof ExpressionStatementTree first
        && first.getExpression() instanceof MethodInvocationTree call
        && SinkCall.simpleName(call.getMethodSelect()) != null
        && SinkCall.simpleName(call.getMethodSelect()).contentEquals("this");
  }

  /** The class's field that a getter returns: no parameters, {@code return backlog;}. */
  private VarSymbol returnedField(MethodTree method) {
    if (!method.getParameters().isEmpty()
        || method.getBody() == null
        || method.getBody().getStatements().size() != 1
        || !(method.getBody().getStatements().get(0) instanceof ReturnTree returned)
        || returned.getExpression() == null) {
      return null;
    }
    ExpressionTree read = ASTHelpers.stripParentheses(returned.getExpression());
    Symbol field = ASTHelpers.getSymbol(read);
    return (read instanceof IdentifierTree || FieldWrites.isThis(read))
            && field instanceof VarSymbol variable
            && fields.containsKey(variable)
        ? variable
        : null;
  }

  private KnownValues known(TreePath path) {
    return new KnownValues(state.withPath(path));
  }
}
