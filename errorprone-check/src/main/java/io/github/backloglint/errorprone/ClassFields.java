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
    // In the order the class initializes them: a block's assignment follows the declarations above.
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree variable) {
        declare(new TreePath(path, member), variable);
      } else if (member instanceof BlockTree) {
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
   * An initializer block, which runs after the declarations above it: a write that it always makes
   * replaces the field's initial value, one made on some paths only is a further candidate. A
   * static field written in an instance block, or the reverse, is unknown.
   */
  private void initializer(TreePath path) {
    BlockTree block = (BlockTree) path.getLeaf();
    FieldWrites writes = FieldWrites.in(path, type);
    KnownValues known = known(path);
    for (FieldWrites.Write write : writes.writes()) {
      FieldFacts facts = fields.get(write.field());
      if (facts == null) {
        continue;
      }
      if (write.field().isStatic() != block.isStatic()) {
        facts.initializerBlock(UNKNOWN);
      } else if (write.statementIn(block) != null) {
        facts.initializer(value(write, known));
      } else {
        facts.initializerBlock(value(write, known));
      }
    }
    makeUnknownWhatTheyAssign(writes.calls());
  }

  /**
   * A constructor: its writes to instance fields are their candidates (one written only on some
   * path keeps the initializer a candidate too); a static field written there, or a field that a
   * method it calls writes, is unknown.
   */
  private void constructor(TreePath path) {
    MethodTree constructor = (MethodTree) path.getLeaf();
    boolean delegates = delegates(constructor);
    FieldWrites writes = FieldWrites.in(path, type);
    KnownValues known = known(path);
    Map<VarSymbol, List<DefaultValue>> assigned = new HashMap<>();
    Set<VarSymbol> onSomePaths = new HashSet<>();
    for (FieldWrites.Write write : writes.writes()) {
      FieldFacts facts = fields.get(write.field());
      if (facts == null) {
        continue;
      }
      if (write.field().isStatic()) {
        facts.initializerBlock(UNKNOWN);
        continue;
      }
      assigned.computeIfAbsent(write.field(), f -> new ArrayList<>()).add(value(write, known));
      if (write.statementIn(constructor.getBody()) == null) {
        onSomePaths.add(write.field());
      }
    }
    fields.forEach(
        (field, facts) -> {
          if (!field.isStatic()) {
            facts.constructor(assigned.getOrDefault(field, List.of()), delegates);
            if (onSomePaths.contains(field) && !delegates) {
              facts.constructor(List.of(), false);
            }
          }
        });
    makeUnknownWhatTheyAssign(writes.calls());
  }

  private void makeUnknownWhatTheyAssign(Set<MethodSymbol> calls) {
    for (MethodSymbol called : calls) {
      for (VarSymbol field : assignedBy(called)) {
        FieldFacts facts = fields.get(field);
        if (facts != null) {
          facts.initializerBlock(UNKNOWN);
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
