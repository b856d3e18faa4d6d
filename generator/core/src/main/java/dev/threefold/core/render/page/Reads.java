package dev.threefold.core.render.page;

import dev.threefold.core.index.SiteIndex;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a page read of the site index while it rendered, recorded by the object wrapper as the
 * template asks ({@code index.unitUrl(u)}, {@code index.citing(s)}...): each call with its
 * arguments and its result. Asked the same calls, another index that gives equal results would
 * have given the page the same values, so a page whose own inputs are equal too would come out
 * the same: the live site renders again only pages for which that is not so.
 *
 * <p>Recorded only while {@link #during} runs, on the rendering thread; a one-shot build records
 * nothing.
 */
public final class Reads {

    private static final ThreadLocal<Reads> CURRENT = new ThreadLocal<>();

    /** One call: the index's method (or property) by name, its arguments and its result, unwrapped. */
    record Call(String name, List<Object> args, Object result) {
    }

    private final List<Call> calls = new ArrayList<>();

    /** Runs {@code render} on this thread, recording what it reads of the index into a new Reads. */
    public static <T> Recorded<T> during(java.util.function.Supplier<T> render) {
        Reads reads = new Reads();
        Reads outer = CURRENT.get();
        CURRENT.set(reads);
        try {
            return new Recorded<>(render.get(), reads);
        } finally {
            CURRENT.set(outer);
        }
    }

    /** The recording on this thread, or null when none is on. */
    static Reads current() {
        return CURRENT.get();
    }

    /** Makes {@code reads} (or none, when null) the recording on this thread; returns the one it replaces. */
    static Reads replaceCurrent(Reads reads) {
        Reads outer = CURRENT.get();
        CURRENT.set(reads);
        return outer;
    }

    /** Adds the calls of {@code other}: what a piece of this page (see {@link RenderOnce}) read. */
    void addAll(Reads other) {
        calls.addAll(other.calls);
    }

    /** A value and what was read of the index to make it. */
    public record Recorded<T>(T value, Reads reads) {
    }

    /** The index as the template sees it: its calls recorded when a recording is on, else as it is. */
    static TemplateModel wrapIndex(TemplateModel index) {
        Reads reads = CURRENT.get();
        return reads == null || !(index instanceof MethodCallAwareTemplateHashModel hash) ? index : reads.recording(hash);
    }

    /** Whether asking {@code index} every call recorded here gives results equal to those recorded. */
    public boolean sameOn(SiteIndex index, ObjectWrapper wrapper) {
        try {
            MethodCallAwareTemplateHashModel model = (MethodCallAwareTemplateHashModel) wrapper.wrap(index);
            for (Call c : calls) {
                TemplateModel value = c.args() == null ? model.get(c.name()) : model.getBeforeMethodCall(c.name());
                Object result;
                if (c.args() == null) {
                    result = unwrap(value);
                } else {
                    List<TemplateModel> args = new ArrayList<>();
                    for (Object a : c.args()) {
                        args.add(wrapper.wrap(a));
                    }
                    result = unwrap((TemplateModel) ((TemplateMethodModelEx) value).exec(args));
                }
                if (!Objects.equals(result, c.result())) {
                    return false;
                }
            }
            return true;
        } catch (TemplateModelException | MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException | RuntimeException e) {
            return false; // what cannot be asked again cannot be trusted: render again
        }
    }

    private MethodCallAwareTemplateHashModel recording(MethodCallAwareTemplateHashModel index) {
        return new MethodCallAwareTemplateHashModel() {
            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                TemplateModel value = index.get(key);
                if (value instanceof TemplateMethodModelEx method) {
                    return recorded(key, method);
                }
                record(new Call(key, null, unwrap(value)));
                return value;
            }

            @Override
            public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
                TemplateModel value = index.getBeforeMethodCall(key);
                return value instanceof TemplateMethodModelEx method ? recorded(key, method) : value;
            }

            @Override
            public boolean isEmpty() throws TemplateModelException {
                return index.isEmpty();
            }
        };
    }

    private TemplateMethodModelEx recorded(String name, TemplateMethodModelEx method) {
        return args -> {
            Object result = method.exec(args);
            List<Object> unwrapped = new ArrayList<>();
            for (Object a : args) {
                unwrapped.add(unwrap((TemplateModel) a));
            }
            record(new Call(name, unwrapped, unwrap((TemplateModel) result)));
            return result;
        };
    }

    private void record(Call c) {
        calls.add(c);
    }

    private static Object unwrap(TemplateModel m) throws TemplateModelException {
        return m == null ? null : DeepUnwrap.unwrap(m);
    }
}
