package dev.threefold.core.write;

import dev.threefold.core.render.PageSink;

/**
 * Writes a whole site beside the output folder and puts it in place in one step on {@link
 * #commit()}: at every instant the output is the whole previous site or the whole new one.
 * Closing without committing leaves the output as it was.
 */
public interface SiteWriter extends PageSink, AutoCloseable {

    /** Puts the new site in place, in one step. */
    void commit();

    /** How many files the new site holds. */
    int written();

    /** Drops what was staged unless committed. */
    @Override
    void close();
}
