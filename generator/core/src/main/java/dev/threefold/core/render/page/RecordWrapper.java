package dev.threefold.core.render.page;

import dev.threefold.core.index.SiteIndex;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateScalarModel;
import freemarker.template.WrappingTemplateModel;
import freemarker.ext.util.WrapperTemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker's default wrapper, with a fast path for the model's records and enums:
 * {@code unit.title} calls the record's accessor, and {@code lesson.minutes()} or
 * {@code a.dimension.slug()} the method without parameters, each found once per class,
 * instead of going through bean introspection and argument matching on every use
 * (introspection was the largest single cost of rendering 10,000 units; a method call
 * through the bean model cost about 0.7 µs more than a plain value, some fifty times a
 * unit page). Anything else, such as {@code balance.minutes(d)}, falls back to the default
 * bean model, so templates see exactly what they saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /** What the wrapper knows of one of the model's classes: record components, and methods without parameters. */
    private record Shape(Map<String, Method> components, Map<String, Method> calls) {
    }

    /**
     * Per class: its shape, or empty for any class that is not one of the model's records or
     * enums. A map, not a ClassValue: under the C1 compiler ClassValue.get often took its slow
     * path here.
     */
    private static final Map<Class<?>, Optional<Shape>> SHAPES = new ConcurrentHashMap<>();

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> Optional.ofNullable(
                (t.isRecord() || t.isEnum()) && t.getName().startsWith("dev.threefold.") ? shapeOf(t) : null)).orElse(null);
    }

    private static Shape shapeOf(Class<?> type) {
        Map<String, Method> components = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (!isOverloaded(type, c.getName())) { // e.g. Balance.minutes(Dimension): the bean model picks the overload
                    components.put(c.getName(), accessible(c.getAccessor()));
                }
            }
            // A record's own methods without parameters read as components too: Unit's summary()
            // and the rest of its prose, which it holds in one component read on first use.
            for (Method m : type.getDeclaredMethods()) {
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class && Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.getName().equals("toString")
                        && !m.getName().equals("hashCode") && !isOverloaded(type, m.getName())) {
                    components.putIfAbsent(m.getName(), accessible(m));
                }
            }
        }
        Map<String, Method> calls = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !isOverloaded(type, m.getName())) {
                calls.put(m.getName(), accessible(m));
            }
        }
        return new Shape(components, calls);
    }

    private static Method accessible(Method m) {
        m.setAccessible(true);
        return m;
    }

    private static boolean isOverloaded(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() > 0) {
                return true;
            }
        }
        return false;
    }

    RecordWrapper() {
        super(Configuration.VERSION_2_3_35);
    }

    /**
     * Strings and the model's records and enums straight to their models: the default wrapper
     * first asks every value whether it is a template model, an array, a collection, a map, an
     * iterator..., checks against interfaces that cost a slow call each under the C1 compiler the
     * launcher uses. Every other value takes the default path.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof SiteIndex) {
            return Reads.wrapIndex(super.wrap(obj));
        }
        if (obj instanceof Record || obj instanceof Enum<?>) {
            Shape shape = shape(obj.getClass());
            if (shape != null) {
                return new OwnModel(obj, shape, this);
            }
        }
        return super.wrap(obj);
    }

    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    private TemplateModel invoke(Object obj, Method method) throws TemplateModelException {
        try {
            Object result = method.invoke(obj);
            return method.getReturnType() == void.class ? TemplateModel.NOTHING : wrap(result);
        } catch (IllegalAccessException e) {
            throw new TemplateModelException("cannot call " + method.getName() + " of " + obj.getClass().getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new TemplateModelException(method.getName() + " of " + obj.getClass().getSimpleName() + " failed", e.getCause());
        }
    }

    /**
     * A record or enum as a hash of its components (records) and of its methods without
     * parameters; other keys go to the bean model. Its text is the object's toString(), as the
     * bean model gives it.
     */
    private static final class OwnModel extends WrappingTemplateModel
            implements MethodCallAwareTemplateHashModel, TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel {

        private final Object object;
        private final Shape shape;
        private MethodCallAwareTemplateHashModel bean;

        OwnModel(Object object, Shape shape, RecordWrapper wrapper) {
            super(wrapper);
            this.object = object;
            this.shape = shape;
        }

        private RecordWrapper wrapper() {
            return (RecordWrapper) getObjectWrapper();
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = shape.components().get(key);
            return accessor == null ? bean().get(key) : wrapper().invoke(object, accessor);
        }

        /** {@code x.total()}: a method without parameters, called directly; any other through the bean model. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            Method method = shape.calls().get(key);
            if (method == null) {
                return bean().getBeforeMethodCall(key);
            }
            return (TemplateMethodModelEx) (List args) -> {
                if (!args.isEmpty()) {
                    throw new TemplateModelException(key + "() of " + object.getClass().getSimpleName() + " takes no arguments");
                }
                return wrapper().invoke(object, method);
            };
        }

        private MethodCallAwareTemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (MethodCallAwareTemplateHashModel) wrapper().beanModel(object);
            }
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String getAsString() {
            return object.toString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return object;
        }

        @Override
        public Object getWrappedObject() {
            return object;
        }
    }
}
