package dev.threefold.core.bind;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.model.Slugs;
import dev.threefold.core.load.Node;
import dev.threefold.core.load.Node.ScalarNode;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Equity;
import dev.threefold.core.model.Initiative;
import dev.threefold.core.model.Norm;
import dev.threefold.core.model.Repository;
import dev.threefold.core.model.Share;
import dev.threefold.core.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** curriculum.yaml → {@link Curriculum}. Its markdown is rendered for the home page (site root). */
public final class CurriculumBinder {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final MarkdownRenderer markdown;

    public CurriculumBinder(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public Curriculum bind(Node root, String sourcePath, Set<String> assets, Diagnostics d) {
        Fields f = new Fields(root, "", Keys.CURRICULUM, d);
        MarkdownField md = new MarkdownField(markdown, sourcePath, "", assets, new ArrayList<>());
        String title = f.string("title", true);
        String language = f.string("language", false);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            d.error("wrong-value", f.at("language"), "language", "expected a BCP 47 language tag, got \"" + language + "\"",
                    "write e.g. `en`, `en-GB` or `es-MX`");
            language = null;
        }
        Set<String> normIds = new HashSet<>();
        List<Norm> norms = f.each("norms", false, 0, (n, p) -> {
            Fields nf = new Fields(n, p, Keys.NORM, d);
            String id = id(nf, d);
            String text = nf.string("text", true);
            if (id != null && !normIds.add(id)) {
                d.error("duplicate-id", nf.at("id"), nf.join("id"), "norm id `" + id + "` is used twice", "give each norm its own id");
            }
            return id == null || text == null ? null : new Norm(id, text);
        });
        Set<String> initiativeIds = new HashSet<>();
        List<Initiative> initiatives = f.each("initiatives", false, 0, (n, p) -> {
            Fields nf = new Fields(n, p, Keys.INITIATIVE, d);
            String id = id(nf, d);
            String t = nf.string("title", true);
            var desc = md.read(nf, "description", true);
            if (id != null && !initiativeIds.add(id)) {
                d.error("duplicate-id", nf.at("id"), nf.join("id"), "initiative id `" + id + "` is used twice", "give each initiative its own id");
            }
            return id == null || t == null ? null : new Initiative(id, t, desc);
        });
        return new Curriculum(
                title == null ? "Curriculum" : title,
                md.read(f, "description", false),
                language == null ? "en" : language,
                md.read(f, "vision", false),
                norms, initiatives,
                f.strings("grades"), f.strings("subjects"), f.strings("terms"),
                balance(f, d), repository(f, d), equity(f, d));
    }

    private static final Pattern WEB = Pattern.compile("https?://[^\\s/]+(/[^\\s?#]*)?");

    private static Repository repository(Fields f, Diagnostics d) {
        if (!f.has("repository")) {
            return null;
        }
        Fields r = new Fields(f.node("repository").orElseThrow(), "repository", Keys.REPOSITORY, d);
        String url = r.string("url", true);
        if (url != null && !WEB.matcher(url).matches()) {
            d.error("wrong-value", r.at("url"), r.join("url"), "expected the repository's web address, got \"" + url + "\"",
                    "write an http or https address with no query, e.g. `https://github.com/maple-school/curriculum`");
            url = null;
        }
        String branch = r.string("branch", false);
        String path = r.string("path", false);
        if (path != null && (path.startsWith("/") || path.contains(".."))) {
            d.error("wrong-value", r.at("path"), r.join("path"), "expected the content folder's path inside the repository, got \"" + path + "\"",
                    "write it relative to the repository's root, e.g. `content`, or `.` for the root");
            path = null;
        }
        if (url == null) {
            return null;
        }
        String folder = path == null ? "content" : path.equals(".") ? "" : path.replaceAll("/+$", "");
        return new Repository(url.replaceAll("/+$", ""), branch == null ? "main" : branch, folder);
    }

    private static Equity equity(Fields f, Diagnostics d) {
        if (!f.has("equity")) {
            return Equity.DEFAULT;
        }
        Fields e = new Fields(f.node("equity").orElseThrow(), "equity", Keys.EQUITY, d);
        Double max = fraction(e, "max_readiness_share", d);
        return max == null ? Equity.DEFAULT : new Equity(max);
    }

    private static String id(Fields f, Diagnostics d) {
        String id = f.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            d.error("bad-id", f.at("id"), f.join("id"), "id \"" + id + "\" is not of the form [a-z0-9][a-z0-9-]*",
                    "use lower-case letters, digits and hyphens, e.g. `" + slugLike(id) + "`");
            return null;
        }
        return id;
    }

    /** What an invalid id would look like as a valid one, for hints. */
    static String slugLike(String s) {
        return Slugs.slug(s);
    }

    private static Map<Dimension, Share> balance(Fields f, Diagnostics d) {
        Map<Dimension, Share> out = new EnumMap<>(Dimension.class);
        if (!f.has("balance")) {
            return Map.copyOf(out);
        }
        Fields b = new Fields(f.node("balance").orElseThrow(), "balance", Fields.ids(Dimension.class), d);
        for (Dimension dim : Dimension.values()) {
            if (!b.has(dim.id())) {
                continue;
            }
            Fields r = new Fields(b.node(dim.id()).orElseThrow(), b.join(dim.id()), Keys.SHARE, d);
            Double min = fraction(r, "min", d);
            Double max = fraction(r, "max", d);
            double lo = min == null ? Share.DEFAULT.min() : min;
            double hi = max == null ? 1.0 : max;
            if (lo > hi) {
                d.error("wrong-value", r.at(), r.path(), "min " + lo + " is greater than max " + hi, "make min ≤ max");
            }
            out.put(dim, new Share(lo, hi));
        }
        return Map.copyOf(out);
    }

    private static Double fraction(Fields r, String key, Diagnostics d) {
        var n = r.node(key);
        if (n.isEmpty()) {
            return null;
        }
        if (n.get() instanceof ScalarNode s && (s.type() == Node.ScalarType.INT || s.type() == Node.ScalarType.FLOAT)) {
            try {
                double v = Double.parseDouble(s.text());
                if (v >= 0 && v <= 1) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        d.error("wrong-value", n.get().at(), r.join(key), "expected a share between 0 and 1, got " + Fields.describe(n.get()),
                "write a decimal such as `0.25` for 25%");
        return null;
    }
}
