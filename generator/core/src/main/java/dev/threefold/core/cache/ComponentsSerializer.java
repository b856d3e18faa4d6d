package dev.threefold.core.cache;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * A record as its components in declaration order, read back through its canonical constructor.
 * Kryo's own RecordSerializer looks up the record's components and its constructor in two
 * {@code ClassValue}s, and each component's serializer in Kryo's registry, for every object; a
 * rebuild of 10,000 units reads some 150,000 records from the cache, most of them before the
 * JIT has compiled that code. Here all of it is looked up once per class, and each component's
 * serializer once per Kryo (one instance serves one Kryo, as {@link BoundUnits} registers them).
 * Components of a final type are written without their class, as Kryo's does; ints and booleans
 * directly.
 */
final class ComponentsSerializer<T> extends Serializer<T> {

    private final Class<T> type;
    private final Method[] accessors;
    private final Class<?>[] types;
    /** Per component: its type is final (or primitive), so no class is written before its value. */
    private final boolean[] exact;
    private final Constructor<T> constructor;
    /** Per component of a final, non-primitive type: its serializer in the Kryo this one serves, found on first use. */
    private final Serializer<?>[] serializers;

    ComponentsSerializer(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        setImmutable(true);
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        accessors = new Method[components.length];
        types = new Class<?>[components.length];
        exact = new boolean[components.length];
        serializers = new Serializer<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
            exact[i] = types[i].isPrimitive() || Modifier.isFinal(types[i].getModifiers());
            if (types[i].isPrimitive() && types[i] != int.class && types[i] != boolean.class) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + components[i].getName()
                        + ": only int and boolean are written as primitives");
            }
        }
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
    }

    @Override
    public void write(Kryo kryo, Output out, T record) {
        for (int i = 0; i < accessors.length; i++) {
            Object value = value(record, i);
            if (types[i] == int.class) {
                out.writeVarInt((Integer) value, false);
            } else if (types[i] == boolean.class) {
                out.writeBoolean((Boolean) value);
            } else if (exact[i]) {
                kryo.writeObjectOrNull(out, value, serializer(kryo, i));
            } else {
                kryo.writeClassAndObject(out, value);
            }
        }
    }

    @Override
    public T read(Kryo kryo, Input in, Class<? extends T> asked) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == int.class) {
                values[i] = in.readVarInt(false);
            } else if (types[i] == boolean.class) {
                values[i] = in.readBoolean();
            } else if (exact[i]) {
                values[i] = kryo.readObjectOrNull(in, types[i], serializer(kryo, i));
            } else {
                values[i] = kryo.readClassAndObject(in);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | IllegalArgumentException e) {
            throw new KryoException("cannot make a " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) { // the record refused the values: the file was changed on disk
            throw new KryoException("cannot make a " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        }
    }

    private Object value(T record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new KryoException("cannot read " + type.getSimpleName() + "." + accessors[i].getName(), e);
        }
    }

    @SuppressWarnings("rawtypes")
    private Serializer serializer(Kryo kryo, int i) {
        Serializer<?> s = serializers[i];
        if (s == null) {
            s = kryo.getSerializer(types[i]);
            serializers[i] = s;
        }
        return s;
    }
}
