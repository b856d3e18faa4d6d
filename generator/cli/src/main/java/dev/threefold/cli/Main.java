package dev.threefold.cli;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.Diff;
import dev.threefold.core.ThreefoldVersion;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.diff.MarkdownReport;
import dev.threefold.core.load.GitContent;
import dev.threefold.core.render.data.ChangesJson;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.scaffold.Scaffold;
import dev.threefold.core.live.Watch;
import dev.threefold.core.live.PreviewServer;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line: {@code threefold build|validate|serve|diff|new}. A thin adapter over
 * the core: options become a BuildRequest, diagnostics go to stderr.
 * Exit codes: 0 success, 1 invalid content or a failed build, 2 misuse (of the command line, or of an
 * output folder that cannot be used).
 */
public final class Main {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int MISUSE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return dispatch(args, out, err);
        } catch (Misuse e) {
            err.println(e.getMessage());
            err.println("Run `threefold " + (e.command == null ? "" : e.command.name + " ") + "--help` for usage.");
            return MISUSE;
        } catch (Exception e) {
            err.println("threefold: " + (e instanceof java.nio.file.FileAlreadyExistsException f
                    ? f.getFile() + ": " + f.getReason() : e.getMessage()));
            return INVALID;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        if (args.length == 0) {
            throw new Misuse(null, "Choose a command: build, validate, serve, diff or new");
        }
        switch (args[0]) {
            case "-h", "--help" -> {
                out.print(overview());
                return OK;
            }
            case "-V", "--version" -> {
                out.println("threefold " + ThreefoldVersion.get());
                return OK;
            }
            default -> {
                Command command = Commands.named(args[0], args.length > 1 ? args[1] : null);
                if (command == null) {
                    throw new Misuse(null, args[0].equals("new")
                            ? "Choose what to create: threefold new unit | threefold new site"
                            : "Unknown command: '" + args[0] + "'");
                }
                String[] rest = Arrays.copyOfRange(args, command.name.split(" ").length, args.length);
                if (Arrays.asList(rest).contains("-h") || Arrays.asList(rest).contains("--help")) {
                    out.print(command.usage());
                    return OK;
                }
                return command.action.run(command.parse(rest), out, err);
            }
        }
    }

    private static String overview() {
        StringBuilder sb = new StringBuilder("Usage: threefold [-hV] COMMAND\n")
                .append("Turns YAML unit plans into a static curriculum site.\n")
                .append("  -h, --help      Show this help and exit.\n")
                .append("  -V, --version   Print the version and exit.\n")
                .append("Commands:\n");
        for (Command c : Commands.ALL) {
            sb.append(String.format(Locale.ROOT, "  %-10s  %s%n", c.name, c.description));
        }
        return sb.append("Run `threefold COMMAND --help` for a command's options.\n").toString();
    }

    /** What a command does with its parsed options and operands. */
    interface Action {
        int run(Parsed line, PrintWriter out, PrintWriter err) throws Exception;
    }

    /** A command: its name ("build", "new unit"), options, operands and action. */
    record Command(String name, String description, Options options, List<String> operands, Action action) {

        /** Parses the arguments after the command's name; a misuse names what is wrong. */
        Parsed parse(String[] args) throws Misuse {
            try {
                CommandLine line = DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, args);
                List<String> given = line.getArgList();
                if (given.size() != operands.size()) {
                    throw new Misuse(this, given.size() < operands.size()
                            ? "Missing required parameter: '" + operands.get(given.size()) + "'"
                            : "Unmatched argument: '" + given.get(operands.size()) + "'");
                }
                return new Parsed(this, line);
            } catch (MissingOptionException e) {
                List<String> missing = e.getMissingOptions().stream().map(o -> "'" + label(options.getOption(String.valueOf(o))) + "'").toList();
                throw new Misuse(this, "Missing required option" + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing));
            } catch (UnrecognizedOptionException e) {
                throw new Misuse(this, "Unknown option: '" + e.getOption() + "'");
            } catch (MissingArgumentException e) {
                throw new Misuse(this, "Missing value for option '" + label(e.getOption()) + "'");
            } catch (ParseException e) {
                throw new Misuse(this, e.getMessage());
            }
        }

        String usage() {
            StringBuilder sb = new StringBuilder("Usage: threefold ").append(name);
            for (Option o : options.getOptions()) {
                sb.append(' ').append(o.isRequired() ? label(o) : "[" + label(o) + "]");
            }
            operands.forEach(p -> sb.append(' ').append(p));
            sb.append('\n').append(description).append('\n');
            for (Option o : options.getOptions()) {
                sb.append(String.format(Locale.ROOT, "      %-22s %s%n", label(o), o.getDescription()));
            }
            return sb.append(String.format(Locale.ROOT, "  %-26s %s%n", "-h, --help", "Show this help and exit.")).toString();
        }

        private static String label(Option o) {
            return "--" + o.getLongOpt() + (o.hasArg() ? "=" + o.getArgName() : "");
        }
    }

    /** A command line as parsed: option values with their defaults, and the operands. */
    record Parsed(Command command, CommandLine line) {
        Path path(String option) {
            String v = line.getOptionValue(option);
            return v == null ? null : Path.of(v);
        }

        String text(String option, String fallback) {
            return line.getOptionValue(option, fallback);
        }

        boolean flag(String option) {
            return line.hasOption(option);
        }

        int number(String option, int fallback) throws Misuse {
            String v = line.getOptionValue(option);
            try {
                return v == null ? fallback : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new Misuse(command, "Invalid value for option '--" + option + "': '" + v + "' is not a whole number");
            }
        }

        String operand(int i) {
            return line.getArgList().get(i);
        }
    }

    /** Wrong use of the command line: exit code 2, the message and a pointer to --help. */
    static final class Misuse extends Exception {
        private final Command command;

        Misuse(Command command, String message) {
            super(message);
            this.command = command;
        }
    }

    /** The commands and what they do. */
    static final class Commands {

        static final List<Command> ALL = List.of(
                new Command("build", "Build the site; the output folder is replaced only on success.",
                        options(content(), strict(),
                                valued("output", "DIR", "where the site goes", true),
                                theme(),
                                valued("base-url", "URL", "the site's public address, for sitemap.xml", false),
                                flag("timings", "print the time each stage took (load, bind, check, render, swap)"),
                                flag("watch", "then build again after every save under the content (and theme) folder, until stopped"),
                                valued("since", "DATE|REV", "each unit page lists its changes since a date (2026-09-01) or git revision (a tag)", false)),
                        List.of(), Commands::build),
                new Command("validate", "Check the content and report every problem; writes nothing.",
                        options(content(), strict()), List.of(), Commands::validate),
                new Command("serve", "Preview the site while you write: rebuilds on every save and reloads the browser.",
                        options(content(), strict(), theme(),
                                valued("port", "N", "port (default 8080; 0 picks a free one)", false),
                                valued("host", "ADDRESS", "address to listen on (default 127.0.0.1: this computer only)", false)),
                        List.of(), Commands::serve),
                new Command("diff", "Compare two versions of the content: what a change did to the curriculum, major and minor.",
                        options(content(),
                                valued("base", "REV", "the git revision to compare from, e.g. origin/main", false),
                                valued("base-folder", "DIR", "or a content folder to compare from", false),
                                valued("head", "REV", "the git revision to compare to (default: the content folder as it is)", false),
                                flag("full", "every change, not a summary (the Markdown stays under 65,000 characters)"),
                                valued("format", "FORMAT", "what goes to stdout: markdown (default) or json", false),
                                valued("output", "DIR", "also write the report as an HTML page, with changes.json and changes.md", false),
                                theme(),
                                valued("fail-on", "WHAT", "exit code 1 on: major (a major change), warnings (a warning introduced, "
                                        + "or errors), errors (errors in the head)", false)),
                        List.of(), Commands::diff),
                new Command("new unit", "Write a unit skeleton, every section explained, under content/units/grade-<grade>/.",
                        options(valued("content", "DIR", "the content folder", true),
                                valued("grade", "GRADE", "the unit's grade, e.g. 3 or K", true),
                                valued("subject", "SUBJECT", "the unit's subject, e.g. Mathematics", true)),
                        List.of("TITLE"), Commands::newUnit),
                new Command("new site", "Start a curriculum repository: pom.xml with the plugin, content/ with a sample unit.",
                        options(valued("title", "TITLE", "the site's title (default: Our Curriculum)", false)),
                        List.of("DIR"), Commands::newSite));

        private Commands() {
        }

        /** The command named by the first argument (and the second, for "new"), or null. */
        static Command named(String first, String second) {
            String name = first.equals("new") && second != null ? "new " + second : first;
            return ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        static int build(Parsed p, PrintWriter out, PrintWriter err) throws IOException {
            BuildRequest request = new BuildRequest(p.path("content"), p.path("output"), p.path("theme"), p.flag("strict"),
                    p.text("base-url", ""), p.text("since", null));
            Printer printer = new Printer(request, p.flag("timings"), out, err);
            if (!p.flag("watch") || !Files.isDirectory(request.content())) { // a missing content folder is reported once
                long start = System.nanoTime();
                Build.Outcome outcome = new Build().attempt(request, printer::waiting);
                return printer.printed(outcome, System.nanoTime() - start);
            }
            try {
                Build.Outcome refused = Watch.run(request, printer);
                return refused.misuse() ? MISUSE : OK;
            } catch (InterruptedException e) {
                return OK; // stopped
            }
        }

        /** Prints what a build (or each build of a watch) tells: diagnostics and failures on stderr, the summary on stdout. */
        private record Printer(BuildRequest request, boolean timings, PrintWriter out, PrintWriter err) implements Watch.Listener {

            @Override
            public void waiting(String message) {
                err.println(message);
                err.flush();
            }

            @Override
            public void watching(List<Path> folders) {
                out.println("Watching " + String.join(" and ", folders.stream().map(Path::toString).toList())
                        + " for saves (Ctrl+C to stop)");
                out.flush();
            }

            @Override
            public void built(Build.Outcome outcome, long nanos) {
                printed(outcome, nanos);
            }

            /** Prints the outcome; returns the exit code it calls for. */
            int printed(Build.Outcome outcome, long nanos) {
                try {
                    if (outcome.result() == null) { // nothing was built: the request was misused, or a theme or file failed
                        err.println("threefold: " + outcome.failure());
                        return outcome.misuse() ? MISUSE : INVALID;
                    }
                    BuildResult r = outcome.result();
                    print(err, r);
                    if (timings) {
                        r.timings().forEach((stage, time) -> err.printf(Locale.ROOT, "%-12s %6.2f s%n", stage, time.toMillis() / 1000.0));
                    }
                    if (!r.succeeded()) {
                        return INVALID;
                    }
                    out.printf(Locale.ROOT, "Built %d units, %d files into %s in %.1f s (%s)%n",
                            r.units(), r.written(), request.output(), nanos / 1e9, r.summary());
                    return OK;
                } finally {
                    err.flush();
                    out.flush();
                }
            }
        }

        static int validate(Parsed p, PrintWriter out, PrintWriter err) {
            Build.Outcome outcome = new Build().attemptValidate(BuildRequest.validate(p.path("content"), p.flag("strict")));
            if (outcome.result() == null) {
                err.println("threefold: " + outcome.failure());
                return INVALID;
            }
            BuildResult r = outcome.result();
            print(err, r);
            if (r.succeeded()) {
                out.println("Checked " + r.units() + " units (" + r.summary() + ")");
            }
            return r.succeeded() ? OK : INVALID;
        }

        static int serve(Parsed p, PrintWriter out, PrintWriter err) throws Exception {
            BuildRequest request = new BuildRequest(p.path("content"), null, p.path("theme"), p.flag("strict"), "");
            try (PreviewServer server = PreviewServer.start(request, p.text("host", "127.0.0.1"), p.number("port", 8080), site -> {
                site.problems().forEach(d -> err.println(d.format()));
                err.println(site.hasErrors() ? "Not rebuilt: " + site.problems().stream().filter(Diagnostic::isError).count()
                        + " error(s); serving the last good site" : "Rebuilt (" + site.problems().size() + " warning(s))");
                err.flush();
            })) {
                out.println("Serving " + p.path("content") + " at " + server.uri() + " (Ctrl+C to stop)");
                out.flush();
                Thread.currentThread().join(); // until the process is stopped
            }
            return OK;
        }

        static int diff(Parsed p, PrintWriter out, PrintWriter err) throws Exception {
            String format = p.text("format", "markdown");
            String failOn = p.text("fail-on", null);
            if (!List.of("markdown", "json").contains(format)) {
                throw new Misuse(p.command(), "Invalid value for option '--format': '" + format + "' (write markdown or json)");
            }
            if (failOn != null && !List.of("major", "warnings", "errors").contains(failOn)) {
                throw new Misuse(p.command(), "Invalid value for option '--fail-on': '" + failOn + "' (write major, warnings or errors)");
            }
            if ((p.text("base", null) == null) == (p.path("base-folder") == null)) {
                throw new Misuse(p.command(), "Give one of '--base=REV' (a git revision) or '--base-folder=DIR' (a content folder)");
            }
            Path content = p.path("content");
            Diff.Version base = p.path("base-folder") != null ? new Diff.Folder(p.path("base-folder"), p.path("base-folder").toString())
                    : new Diff.Revision(p.text("base", null));
            Diff.Version head = p.text("head", null) != null ? new Diff.Revision(p.text("head", null))
                    : new Diff.Folder(content, p.path("base-folder") != null ? content.toString() : "working tree");
            Path output = p.path("output");
            ChangeReport report;
            try {
                report = Diff.compare(new Diff.Request(content, base, head));
            } catch (GitContent.Problem e) {
                throw new Misuse(p.command(), e.getMessage());
            }
            if (output != null) {
                try {
                    Diff.write(report, p.path("theme"), output, p.flag("full"));
                } catch (IllegalArgumentException e) {
                    throw new Misuse(p.command(), e.getMessage());
                }
                err.println("Wrote the change report to " + output.resolve("index.html"));
            }
            if (format.equals("json")) {
                out.print(new String(ChangesJson.of(report), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                out.print(MarkdownReport.of(report, p.flag("full")));
            }
            String stop = failOn == null ? null : report.gate(failOn);
            if (stop != null) {
                err.println("threefold: the change report has " + stop + " (--fail-on " + failOn + ")");
            }
            return stop != null ? INVALID : OK;
        }

        static int newUnit(Parsed p, PrintWriter out, PrintWriter err) throws Exception {
            Path file = Scaffold.newUnit(p.path("content"), p.operand(0), p.text("subject", null), p.text("grade", null));
            out.println("Wrote " + file + " — fill it in, then run validate or serve");
            return OK;
        }

        static int newSite(Parsed p, PrintWriter out, PrintWriter err) throws Exception {
            Path dir = Path.of(p.operand(0));
            Scaffold.newSite(dir, p.text("title", "Our Curriculum"));
            out.println("Started " + dir + ": mvn package builds it; "
                    + "threefold serve --content " + dir.resolve("content") + " previews it");
            return OK;
        }

        private static Option content() {
            return valued("content", "DIR", "the content folder (holds curriculum.yaml)", true);
        }

        private static Option strict() {
            return flag("strict", "treat warnings as errors");
        }

        private static Option theme() {
            return valued("theme", "DIR", "a theme folder overriding single templates and assets", false);
        }

        private static Option valued(String name, String argName, String description, boolean required) {
            return Option.builder().longOpt(name).hasArg().argName(argName).desc(description).required(required).build();
        }

        private static Option flag(String name, String description) {
            return Option.builder().longOpt(name).desc(description).build();
        }

        private static Options options(Option... all) {
            Options options = new Options();
            for (Option o : all) {
                options.addOption(o);
            }
            return options;
        }

        /** Every diagnostic on stderr, then the count. */
        private static void print(PrintWriter err, BuildResult r) {
            for (Diagnostic d : r.diagnostics()) {
                err.println(d.format());
            }
            if (!r.diagnostics().isEmpty() || !r.succeeded()) {
                err.println(r.summary());
            }
        }
    }
}
