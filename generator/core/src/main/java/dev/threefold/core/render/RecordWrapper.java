package dev.threefold.core.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateScalarModel;
import freemarker.template.WrappingTemplateModel;
import freemarker.ext.util.WrapperTemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker's default wrapper, with a fast path for the model's records:
 * {@code unit.title} calls the record's accessor found once per class,
 * instead of going through bean introspection on every access (which was
 * the largest single cost of rendering 10,000 units). Anything that is not
 * a component, such as {@code lesson.minutes()}, falls back to the default
 * bean model, so templates see exactly what they saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /**
     * Per class: its record accessors by component name, or null for any class that is not one of
     * the model's records. A map, not a ClassValue: under the C1 compiler ClassValue.get often took
     * its slow path here (4 % of rendering).
     */
    private static final Map<Class<?>, Optional<Map<String, Method>>> ACCESSORS = new ConcurrentHashMap<>();

    private static Map<String, Method> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> Optional.ofNullable(
                t.isRecord() && t.getName().startsWith("dev.threefold.") ? accessorsOf(t) : null)).orElse(null);
    }

    private static Map<String, Method> accessorsOf(Class<?> type) {
        Map<String, Method> accessors = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (isOverloaded(type, c.getName())) {
                continue; // e.g. Balance.minutes(Dimension): the bean model picks the overload
            }
            Method m = c.getAccessor();
            m.setAccessible(true);
            accessors.put(c.getName(), m);
        }
        return accessors;
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
     * Strings and the model's records straight to their models: the default wrapper first asks
     * every value whether it is a template model, an array, a collection, a map, an iterator...,
     * checks against interfaces that cost a slow call each under the C1 compiler the launcher uses.
     * Every other value takes the default path.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Record r) {
            Map<String, Method> accessors = accessors(r.getClass());
            if (accessors != null) {
                return new RecordModel(r, accessors, this);
            }
        }
        return super.wrap(obj);
    }

    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** A record as a hash of its components; other keys go to the bean model. */
    private static final class RecordModel extends WrappingTemplateModel
            implements MethodCallAwareTemplateHashModel, TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel {

        private final Record record;
        private final Map<String, Method> accessors;
        private MethodCallAwareTemplateHashModel bean;

        RecordModel(Record record, Map<String, Method> accessors, RecordWrapper wrapper) {
            super(wrapper);
            this.record = record;
            this.accessors = accessors;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName() + " failed", e.getCause());
            }
        }

        /** {@code x.total()}: the accessor as a method, as the bean model offers it. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return bean().getBeforeMethodCall(key);
        }

        private MethodCallAwareTemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (MethodCallAwareTemplateHashModel) ((RecordWrapper) getObjectWrapper()).beanModel(record);
            }
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String getAsString() {
            return record.toString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
