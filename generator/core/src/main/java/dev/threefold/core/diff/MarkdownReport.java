package dev.threefold.core.diff;

import dev.threefold.core.diag.Diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The change report as Markdown, for a pull-request comment or a CI job summary. Short by default
 * (a reviewer reads it in a minute: every major change, a few minor ones per unit), complete when
 * asked; never longer than {@link #LIMIT} characters (GitHub refuses a longer comment), and it says
 * what it left out.
 */
public final class MarkdownReport {

    /** GitHub's limit on a comment is 65,536 characters; what is cut is said in the last lines. */
    public static final int LIMIT = 65_000;
    private static final int SHORT_ITEMS = 10;
    private static final int SHORT_UNITS = 25;
    private static final int SHORT_MINORS = 5;
    private static final int SHORT_PROBLEMS = 10;

    private final StringBuilder md = new StringBuilder();
    private final boolean full;
    private int unitsLeftOut;
    private int changesLeftOut;
    private int linesLeftOut;

    private MarkdownReport(boolean full) {
        this.full = full;
    }

    public static String of(ChangeReport r, boolean full) {
        return new MarkdownReport(full).write(r);
    }

    private String write(ChangeReport r) {
        md.append("## Curriculum changes: ").append(code(r.base().label())).append(" → ").append(code(r.head().label())).append("\n\n");
        if (r.empty() && r.base().missing() == null && r.head().missing() == null) {
            md.append("No change to the curriculum.\n");
        } else {
            md.append(String.format(Locale.ROOT, "**%d major** and **%d minor** changes · %d unit(s) added · %d removed · %d changed · %d moved only%n%n",
                    r.majors(), r.minors(), r.count("added"), r.count("removed"), r.count("changed"), r.count("moved")));
        }
        side(r.base(), "base");
        side(r.head(), "head");
        boolean anyList = r.sections().stream().anyMatch(s -> !s.items().isEmpty());
        if (anyList) {
            md.append("### Across the curriculum\n\n");
            for (Section s : r.sections()) {
                if (!s.items().isEmpty()) {
                    section(s);
                }
            }
        }
        List<UnitChanges> changed = r.units().stream().filter(u -> u.status().equals("changed") || u.status().equals("moved"))
                .sorted(Comparator.comparingLong(UnitChanges::majors).reversed()).toList();
        if (!changed.isEmpty()) {
            md.append("### Changed units\n\n");
            int shown = 0;
            for (UnitChanges u : changed) {
                if (!full && shown == SHORT_UNITS) {
                    unitsLeftOut += changed.size() - shown;
                    changed.subList(shown, changed.size()).forEach(x -> changesLeftOut += x.changes().size());
                    break;
                }
                String block = unit(u);
                if (md.length() + block.length() > LIMIT - 600) {
                    unitsLeftOut += changed.size() - shown;
                    changed.subList(shown, changed.size()).forEach(x -> changesLeftOut += x.changes().size());
                    break;
                }
                md.append(block);
                shown++;
            }
        }
        problems(r.base());
        problems(r.head());
        if (unitsLeftOut + changesLeftOut + linesLeftOut > 0) {
            md.append("\n**Left out** of this summary: ");
            List<String> parts = new ArrayList<>();
            if (unitsLeftOut > 0) {
                parts.add(unitsLeftOut + " changed unit(s)");
            }
            if (changesLeftOut > 0) {
                parts.add(changesLeftOut + " change(s)");
            }
            if (linesLeftOut > 0) {
                parts.add(linesLeftOut + " other line(s)");
            }
            md.append(String.join(", ", parts)).append(full ? " (over " + LIMIT + " characters; the JSON report has everything).\n"
                    : ". Run `threefold diff` with `--full` for all of them, or read the JSON report.\n");
        }
        md.append("\n<sub>Major: standards, big ideas, essential questions, objectives, assessment, entry points or grouping removed, "
                + "a dimension's share moved " + Rules.SHARE_POINTS + " points or more, prerequisites, units added or removed. "
                + "Minor: wording, titles, minutes within that, materials, tags, placement.</sub>\n");
        return md.toString();
    }

    private void side(Side s, String which) {
        if (s.missing() != null) {
            md.append("> **No content in the ").append(which).append("** (").append(escape(s.label())).append("): ")
                    .append(escape(s.missing())).append("\n\n");
        } else if (s.errors() > 0) {
            md.append("> **The ").append(which).append(" has ").append(s.errors()).append(" error(s)** (")
                    .append(escape(s.label())).append("): what bound is compared; the errors are listed below.\n\n");
        }
    }

    private void section(Section s) {
        md.append("**").append(escape(s.title())).append("** (").append(s.items().size()).append(")\n\n");
        int shown = 0;
        for (Change c : s.items()) {
            if (!full && shown == SHORT_ITEMS || md.length() > LIMIT - 2_000) {
                linesLeftOut += s.items().size() - shown;
                md.append("- … and ").append(s.items().size() - shown).append(" more\n");
                break;
            }
            // a warning is shown as printed, in code, like the errors below
            md.append("- ").append(s.key().startsWith("warnings-") ? code(c.text()) : escape(c.text())).append('\n');
            shown++;
        }
        md.append('\n');
    }

    private String unit(UnitChanges u) {
        StringBuilder b = new StringBuilder();
        b.append("**").append(escape(u.title())).append("** (`").append(u.id()).append("`, ")
                .append(escape(u.headPath() != null ? u.headPath() : u.basePath())).append("): ")
                .append(u.majors()).append(" major, ").append(u.minors()).append(" minor\n\n");
        int minorsShown = 0;
        int left = 0;
        for (Change c : u.changes()) {
            if (c.level() == Change.Level.MINOR && !full && minorsShown == SHORT_MINORS) {
                left++;
                continue;
            }
            if (c.level() == Change.Level.MINOR) {
                minorsShown++;
            }
            b.append("- ").append(c.major() ? "**major** " : "minor ").append(escape(c.text()))
                    .append(" — _").append(escape(c.rule())).append("_\n");
        }
        if (left > 0) {
            b.append("- … and ").append(left).append(" more minor change(s)\n");
            changesLeftOut += left;
        }
        return b.append('\n').toString();
    }

    private void problems(Side s) {
        if (s.errors() == 0) {
            return;
        }
        md.append("### Errors in ").append(escape(s.label())).append("\n\n");
        int shown = 0;
        List<Diagnostic> errors = s.diagnostics().stream().filter(Diagnostic::isError).toList();
        for (Diagnostic d : errors) {
            if (!full && shown == SHORT_PROBLEMS || md.length() > LIMIT - 1_000) {
                linesLeftOut += errors.size() - shown;
                md.append("- … and ").append(errors.size() - shown).append(" more\n");
                break;
            }
            md.append("- ").append(code(s.shown(d))).append('\n');
            shown++;
        }
        md.append('\n');
    }

    /** Text from the content, so that Markdown and HTML in it show as written and mention no one. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|#~!".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' ? ' ' : c);
            if (c == '@') {
                b.append('\u200B'); // @name would notify someone from a pull-request comment
            }
        }
        return b.toString();
    }

    /** Inline code that holds any text: a fence longer than any backtick run in it. */
    private static String code(String s) {
        String one = s.replace('\n', ' ').replace('\r', ' ');
        String fence = "`";
        while (one.contains(fence)) {
            fence += "`";
        }
        String pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
        return fence + pad + one + pad + fence;
    }
}
