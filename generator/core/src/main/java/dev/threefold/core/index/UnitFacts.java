package dev.threefold.core.index;

import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.util.List;

/**
 * What a piece made from one unit (its record in units.json, its words in the search index) may
 * read besides the unit: the curriculum, the frameworks, and what follows from them and that unit
 * alone, never another unit. A live site keeps such pieces while their unit, the curriculum and
 * the frameworks stay equal ({@code render.PageMemory#unitPiece}), so nothing offered here may
 * depend on anything else.
 */
public interface UnitFacts {

    Curriculum curriculum();

    List<Framework> frameworks();

    /** The standards the unit cites, as the frameworks define them. */
    List<Standard> standardsOf(Unit u);

    String unitUrl(Unit u);

    String studentUrl(Unit u);

    /** A standard's place on its framework's page. */
    String standardUrl(Standard s);
}
