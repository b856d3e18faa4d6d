package dev.threefold.core.cache;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundUnitsSerializersTest {

    /**
     * The cache names its serializers itself, to spare Kryo's reflective search; they must be the
     * ones Kryo would choose, or the cache's bytes (and outline hashes, which key site-wide pages)
     * would change under a site built before.
     */
    @Test
    void choosesTheSerializerKryoWouldChooseForEveryCachedClass() {
        Kryo kryo = new Kryo();
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo);
        for (Class<?> c : BoundUnits.CLASSES) {
            assertEquals(kryo.getDefaultSerializer(c).getClass(), BoundUnits.serializerOf(c).getClass(), c.getName());
        }
    }
}
