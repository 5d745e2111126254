package io.bitext.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Range;
import picocli.CommandLine.Spec;

/**
 * The Java source of {@link CompiledSpecs}' implementation: for each command class, the calls to
 * picocli's programmatic API that build the model picocli's own reflection builds from its
 * annotations (read here, at build time). Raw annotation strings are passed on, so picocli expands
 * their variables at run time as it would have; a resolved value (parameter label, arity, index, type)
 * is taken from picocli's reflected model. An annotation attribute this writer does not carry over
 * stops the build rather than being dropped.
 */
final class SpecSource {
    private static final Set<String> COMMAND_ATTRIBUTES = Set.of("name", "description", "mixinStandardHelpOptions", "versionProvider", "subcommands");
    private static final Set<String> OPTION_ATTRIBUTES = Set.of("names", "description", "paramLabel", "arity", "split", "required",
            "negatable", "fallbackValue", "scope", "completionCandidates", "hidden", "defaultValue", "descriptionKey", "order",
            "usageHelp", "versionHelp");
    private static final Set<String> PARAMETER_ATTRIBUTES = Set.of("index", "arity", "paramLabel", "description", "split",
            "hidden", "defaultValue", "descriptionKey");

    private final Function<String, String> literal;
    private final StringBuilder methods = new StringBuilder();
    private final StringBuilder dispatch = new StringBuilder();
    private final List<String> getters = new ArrayList<>();
    private final List<String> setters = new ArrayList<>();
    private int commands;

    /** @param literal the Java literal of a string (the compiler's own {@code Elements.getConstantExpression}) */
    SpecSource(Function<String, String> literal) {
        this.literal = literal;
    }

    /**
     * Adds a command class and, through its {@code subcommands}, the classes under it. Its model is
     * used only while those classes and its mixins' are the ones it was written from (their class
     * files' checksums), so that classes compiled again without this step fall back on the annotations.
     */
    void add(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        String method = add(type, classes);
        List<String> names = new ArrayList<>();
        List<String> checksums = new ArrayList<>();
        for (Class<?> c : classes) {
            names.add(literal.apply(c.getName()));
            checksums.add(CompiledSpecs.checksum(c) + "L");
        }
        dispatch.append("        if (command.getClass() == ").append(name(type)).append(".class) {\n")
                .append("            return CompiledSpecs.unchanged(new String[] {").append(String.join(", ", names))
                .append("},\n                    new long[] {").append(String.join(", ", checksums)).append("}) ? ")
                .append(method).append("((").append(name(type)).append(") command, factory) : null;\n        }\n");
    }

    /** The model's method for this class, its subcommands' too; the classes the model reflects are added to {@code classes}. */
    private String add(Class<?> type, List<Class<?>> classes) {
        String method = "spec" + commands++;
        classes.add(type);
        Command command = type.getAnnotation(Command.class);
        requireOnly(command, COMMAND_ATTRIBUTES, type.getName());
        CommandSpec reflected = CommandSpec.forAnnotatedObject(newInstance(type));
        StringBuilder body = new StringBuilder();
        body.append("    private static CommandSpec ").append(method).append('(').append(name(type)).append(" c, IFactory factory) {\n")
                .append("        CommandSpec spec = CommandSpec.wrapWithoutInspection(c, factory);\n")
                .append("        spec.name(").append(literal.apply(command.name())).append(");\n");
        if (command.description().length > 0) {
            body.append("        spec.usageMessage().description(").append(strings(command.description())).append(");\n");
        }
        if (!isDefault(command, "versionProvider")) {
            body.append("        spec.versionProvider(new ").append(name(accessible(command.versionProvider()))).append("());\n");
        }
        injections(type, body, classes);
        for (OptionSpec option : reflected.options()) {
            body.append("        spec.addOption(").append(option(option, type)).append(");\n");
        }
        for (PositionalParamSpec positional : reflected.positionalParameters()) {
            body.append("        spec.addPositional(").append(positional(positional, type)).append(");\n");
        }
        for (Class<?> sub : command.subcommands()) {
            String subName = sub.getAnnotation(Command.class).name();
            body.append("        spec.addSubcommand(").append(literal.apply(subName)).append(", new CommandLine(").append(add(sub, classes))
                    .append("(new ").append(name(accessible(sub))).append("(), factory), factory));\n");
        }
        body.append("        return spec;\n    }\n\n");
        methods.append(body);
        return method;
    }

    /** The {@code @Spec} fields set to the model, the {@code @Mixin} fields given an object as picocli's factory would. */
    private static void injections(Class<?> type, StringBuilder body, List<Class<?>> classes) {
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Spec.class)) {
                body.append("        c.").append(visible(field).getName()).append(" = spec;\n");
            } else if (field.isAnnotationPresent(Mixin.class)) {
                classes.add(field.getType());
                body.append("        if (c.").append(visible(field).getName()).append(" == null) {\n            c.").append(field.getName())
                        .append(" = new ").append(name(accessible(field.getType()))).append("();\n        }\n");
            } else if (Arrays.stream(field.getAnnotations()).anyMatch(a -> a.annotationType().getEnclosingClass() == CommandLine.class
                    && !Set.of(Option.class, Parameters.class).contains(a.annotationType()))) {
                throw new IllegalStateException(type.getName() + "." + field.getName() + ": an annotation the compiled model does not carry");
            }
        }
    }

    /** The whole compilation unit. */
    String source() {
        StringBuilder get = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < getters.size(); i++) {
            get.append("                case ").append(i).append(": return (T) (Object) ").append(getters.get(i)).append(";\n");
            set.append("                case ").append(i).append(": ").append(setters.get(i)).append("; break;\n");
        }
        return "package io.bitext.cli;\n\n"
                + "import picocli.CommandLine;\nimport picocli.CommandLine.IFactory;\nimport picocli.CommandLine.Model.CommandSpec;\n"
                + "import picocli.CommandLine.Model.IGetter;\nimport picocli.CommandLine.Model.ISetter;\n"
                + "import picocli.CommandLine.Model.OptionSpec;\nimport picocli.CommandLine.Model.PositionalParamSpec;\n"
                + "import picocli.CommandLine.Range;\nimport picocli.CommandLine.ScopeType;\n\n"
                + "/** Written by io.bitext.cli.SpecWriter from the commands' annotations at build time. */\n"
                + "@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
                + "final class GeneratedSpecs implements CompiledSpecs {\n"
                + "    @Override\n    public CommandSpec of(Object command, IFactory factory) {\n" + dispatch
                + "        return null;\n    }\n\n" + methods
                + "    private static Range range(String value, boolean unspecified) {\n"
                + "        return Range.valueOf(value).unspecified(unspecified);\n    }\n\n"
                + "    /** One annotated field of one command object, read and written as picocli's field binding would. */\n"
                + "    private static final class Member implements IGetter, ISetter {\n"
                + "        private final Object target;\n        private final int field;\n\n"
                + "        Member(Object target, int field) {\n            this.target = target;\n            this.field = field;\n        }\n\n"
                + "        @Override\n        public <T> T get() {\n            switch (field) {\n" + get
                + "                default: throw new IllegalStateException(\"field \" + field);\n            }\n        }\n\n"
                + "        @Override\n        public <T> T set(T value) {\n            T old = get();\n            switch (field) {\n" + set
                + "                default: throw new IllegalStateException(\"field \" + field);\n            }\n            return old;\n        }\n"
                + "    }\n}\n";
    }

    private String option(OptionSpec option, Class<?> command) {
        Field field = (Field) option.userObject();
        Option raw = field.getAnnotation(Option.class);
        requireOnly(raw, OPTION_ATTRIBUTES, field.toString());
        StringBuilder b = new StringBuilder("OptionSpec.builder(new String[] {").append(String.join(", ", Arrays.stream(raw.names())
                .map(literal).toList())).append("})");
        if (raw.usageHelp()) {
            b.append(".usageHelp(true)");
        }
        if (raw.versionHelp()) {
            b.append(".versionHelp(true)");
        }
        if (raw.negatable()) {
            b.append(".negatable(true)");
        }
        if (!raw.fallbackValue().isEmpty()) {
            b.append(".fallbackValue(").append(literal.apply(raw.fallbackValue())).append(')');
        }
        if (raw.order() != -1) {
            b.append(".order(").append(raw.order()).append(')');
        }
        if (raw.scope() != CommandLine.ScopeType.LOCAL) {
            b.append(".scopeType(ScopeType.").append(raw.scope().name()).append(')');
        }
        if (!isDefault(raw, "completionCandidates")) {
            b.append(".completionCandidates(new ").append(name(accessible(raw.completionCandidates()))).append("())");
        }
        return common(b, option, raw.description(), raw.descriptionKey(), raw.split(), raw.defaultValue(), command) + ".build()";
    }

    private String positional(PositionalParamSpec positional, Class<?> command) {
        Field field = (Field) positional.userObject();
        Parameters raw = field.getAnnotation(Parameters.class);
        requireOnly(raw, PARAMETER_ATTRIBUTES, field.toString());
        StringBuilder b = new StringBuilder("PositionalParamSpec.builder().index(").append(range(positional.index())).append(')');
        return common(b, positional, raw.description(), raw.descriptionKey(), raw.split(), raw.defaultValue(), command) + ".build()";
    }

    /** What options and positional parameters share: resolved values from the reflected model, raw strings from the annotation. */
    private String common(StringBuilder b, ArgSpec arg, String[] description, String descriptionKey, String split,
            String defaultValue, Class<?> command) {
        if (arg.paramLabel().contains("${")) {
            throw new IllegalStateException(arg + ": a parameter label with variables");
        }
        b.append(".arity(").append(range(arg.arity())).append(')')
                .append(".paramLabel(").append(literal.apply(arg.paramLabel())).append(')')
                .append(".required(").append(arg.required()).append(')')
                .append(".hidden(").append(arg.hidden()).append(')')
                .append(".type(").append(name(arg.type())).append(".class)");
        if (arg.auxiliaryTypes().length > 0) {
            b.append(".auxiliaryTypes(").append(String.join(", ", Arrays.stream(arg.auxiliaryTypes()).map(t -> name(t) + ".class").toList()))
                    .append(')');
        }
        if (description.length > 0) {
            b.append(".description(").append(strings(description)).append(')');
        }
        b.append(".descriptionKey(").append(literal.apply(descriptionKey)).append(')');
        if (!split.isEmpty()) {
            b.append(".splitRegex(").append(literal.apply(split)).append(')');
        }
        if (!CommandLine.Option.NULL_VALUE.equals(defaultValue)) {
            b.append(".defaultValue(").append(literal.apply(defaultValue)).append(')');
        }
        b.append(".withToString(").append(literal.apply(arg.toString())).append(')');
        String member = member((Field) arg.userObject(), command);
        if (member != null) {
            b.append(".getter(").append(member).append(").setter(").append(member).append(')');
            if (arg.hasInitialValue()) {
                b.append(".initialValue(").append(member).append(".get()).hasInitialValue(true)");
            }
        } else if (arg.hasInitialValue()) {
            if (!(arg.initialValue() instanceof Boolean)) {
                throw new IllegalStateException(arg + ": an unbound field with an initial value other than a boolean");
            }
            b.append(".initialValue(").append(arg.initialValue()).append(").hasInitialValue(true)");
        }
        return b.toString();
    }

    /**
     * A binding to the field on the command or on one of its mixins, or null for a field of picocli's
     * own standard help mixin, which the model then holds itself as picocli does for an unbound option.
     */
    private String member(Field field, Class<?> command) {
        String target;
        if (field.getDeclaringClass().isAssignableFrom(command)) {
            target = "c";
        } else if (field.getDeclaringClass().getPackageName().equals("picocli") && Modifier.isPrivate(field.getModifiers())) {
            return null;
        } else {
            Field mixin = Arrays.stream(command.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(Mixin.class) && f.getType() == field.getDeclaringClass()).findFirst()
                    .orElseThrow(() -> new IllegalStateException(field + ": not a field of " + command.getName() + " nor of its mixins"));
            target = "c." + mixin.getName();
        }
        visible(field);
        String owner = "((" + name(field.getDeclaringClass()) + ") target)." + field.getName();
        Class<?> type = field.getType();
        String cast = type.isPrimitive() ? name(boxed(type)) : name(type);
        getters.add(owner);
        setters.add(owner + " = (" + cast + ") value");
        return "new Member(" + target + ", " + (getters.size() - 1) + ")";
    }

    private String range(Range range) {
        String value = range.originalValue() == null || range.originalValue().isEmpty() ? range.toString() : range.originalValue();
        return "range(" + literal.apply(value) + ", " + range.isUnspecified() + ")";
    }

    private String strings(String[] values) {
        return "new String[] {" + String.join(", ", Arrays.stream(values).map(literal).toList()) + "}";
    }

    private static boolean isDefault(Annotation annotation, String attribute) {
        try {
            Method method = annotation.annotationType().getMethod(attribute);
            return Objects.deepEquals(method.invoke(annotation), method.getDefaultValue());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireOnly(Annotation annotation, Set<String> carried, String where) {
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            if (!carried.contains(attribute.getName()) && !isDefault(annotation, attribute.getName())) {
                throw new IllegalStateException(where + ": the compiled command model does not carry @"
                        + annotation.annotationType().getSimpleName() + "(" + attribute.getName() + ")");
            }
        }
    }

    private static Field visible(Field field) {
        if (Modifier.isPrivate(field.getModifiers())) {
            throw new IllegalStateException(field + ": private, which the generated binding cannot reach");
        }
        return field;
    }

    private static Class<?> accessible(Class<?> type) {
        try {
            if (Modifier.isPrivate(type.getModifiers()) || Modifier.isPrivate(type.getDeclaredConstructor().getModifiers())) {
                throw new IllegalStateException(type.getName() + ": private, which the generated model cannot create");
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + ": no constructor without arguments", e);
        }
        return type;
    }

    private static Object newInstance(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private static Class<?> boxed(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }

    private static String name(Class<?> type) {
        return type.getCanonicalName();
    }
}
