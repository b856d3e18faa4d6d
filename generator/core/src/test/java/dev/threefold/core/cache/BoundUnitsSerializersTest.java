package dev.threefold.core.cache;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import dev.threefold.core.diag.Position;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Grouping;
import dev.threefold.core.model.Level;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.PromptKind;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Strategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundUnitsSerializersTest {

    /**
     * The cache names its serializers itself, to spare Kryo's reflective search: its own for
     * records, and for every other class the one Kryo would choose.
     */
    @Test
    void recordsGetTheirOwnSerializerAndEveryOtherClassKryos() {
        Kryo kryo = new Kryo();
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo);
        for (Class<?> c : BoundUnits.CLASSES) {
            if (c.isRecord()) {
                assertInstanceOf(ComponentsSerializer.class, BoundUnits.serializerOf(c), c.getName());
            } else {
                assertEquals(kryo.getDefaultSerializer(c).getClass(), BoundUnits.serializerOf(c).getClass(), c.getName());
            }
        }
    }

    /** Every kind of component: strings, ints, enums, nested records, lists of records and of strings, nulls. */
    @Test
    void aRecordComesBackEqualWithEveryKindOfComponent() {
        Position at = new Position("units/u.yaml", 12, 5);
        Activity full = new Activity("Sort the shapes", Dimension.SMALL_GROUP, 25, new Markdown("Sort *them*.", "<p>Sort <em>them</em>.</p>\n"),
                List.of(new EntryPoint("Draw it", Level.SUPPORT, new Markdown("Draw.", null)),
                        new EntryPoint("Explain it", null, new Markdown("Say why.", null))),
                new Grouping("3-4", 3, 4, Strategy.values()[0], List.of(new Role("Scribe", null), new Role("Timer", "keeps time"))),
                List.of("cards", "glue"), List.of(new Prompt("What surprised you?", PromptKind.values()[0]), new Prompt("Why?", null)),
                at, "lessons[0].activities[1]");
        Activity sparse = new Activity("Quiet", Dimension.INNER_DIALOGUE, 0, null, List.of(), null, new ArrayList<>(List.of("a")), List.of(), null, null);
        for (Activity a : List.of(full, sparse)) {
            Activity back = roundTrip(a, Activity.class);
            assertEquals(a, back);
            assertEquals(a.reflectionPrompts(), back.reflectionPrompts());
        }
    }

    @Test
    void bytesThatDoNotMakeTheRecordAreAKryoError() {
        Kryo kryo = kryo();
        Output out = new Output(256, -1);
        kryo.writeObject(out, new Role("Scribe", null));
        byte[] bytes = out.toBytes();
        assertThrows(KryoException.class, () -> kryo.readObject(new Input(bytes, 0, bytes.length - 3), Role.class));
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        Output out = new Output(1024, -1);
        kryo().writeObject(out, value);
        return kryo().readObject(new Input(out.toBytes()), type);
    }

    /** The cache's own Kryo, as its shards are written and read. */
    private static Kryo kryo() {
        return BoundUnits.kryo();
    }
}
