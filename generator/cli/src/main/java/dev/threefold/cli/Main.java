package dev.threefold.cli;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.render.Theme;
import dev.threefold.core.scaffold.Scaffold;
import dev.threefold.core.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The command line: {@code threefold build|validate|serve|new}. A thin adapter over
 * the core: options become a BuildRequest, diagnostics go to stderr.
 * Exit codes: 0 success, 1 invalid content or a failed build, 2 misuse.
 */
@Command(name = "threefold", mixinStandardHelpOptions = true, version = "threefold " + Main.VERSION,
        description = "Turns YAML unit plans into a static curriculum site.",
        subcommands = {Main.BuildCommand.class, Main.ValidateCommand.class, Main.ServeCommand.class, Main.NewCommand.class})
public final class Main implements Runnable {

    static final String VERSION = "0.1.0";
    static final int INVALID = 1;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("threefold: " + (e instanceof java.nio.file.FileAlreadyExistsException f
                    ? f.getFile() + ": " + f.getReason() : e.getMessage()));
            return INVALID;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: build, validate, serve or new");
    }

    /** Options both commands share. */
    static class ContentOptions {
        @Option(names = "--content", required = true, paramLabel = "DIR", description = "the content folder (holds curriculum.yaml)")
        Path content;

        @Option(names = "--strict", description = "treat warnings as errors")
        boolean strict;
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site; the output folder is replaced only on success.")
    static final class BuildCommand implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "where the site goes")
        Path output;

        @Option(names = "--theme", paramLabel = "DIR", description = "a theme folder overriding single templates and assets")
        Path theme;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "", description = "the site's public address, for sitemap.xml")
        String baseUrl;

        @Option(names = "--timings", description = "print the time each stage took (load, bind, check, render, swap)")
        boolean timings;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            BuildResult r = guarded(spec, () -> new Build().build(
                    new BuildRequest(options.content, output, theme, options.strict, baseUrl)));
            if (r == null) {
                return INVALID;
            }
            print(spec, r);
            if (timings) {
                r.timings().forEach((stage, time) -> spec.commandLine().getErr().printf(Locale.ROOT, "%-12s %6.2f s%n",
                        stage, time.toMillis() / 1000.0));
            }
            if (!r.succeeded()) {
                return INVALID;
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "Built %d units, %d files into %s in %.1f s (%s)%n",
                    r.units(), r.written(), output, (System.nanoTime() - start) / 1e9, r.summary());
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check the content and report every problem; writes nothing.")
    static final class ValidateCommand implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BuildResult r = guarded(spec, () -> new Build().validate(BuildRequest.validate(options.content, options.strict)));
            if (r == null) {
                return INVALID;
            }
            print(spec, r);
            if (r.succeeded()) {
                spec.commandLine().getOut().println("Checked " + r.units() + " units (" + r.summary() + ")");
            }
            return r.succeeded() ? 0 : INVALID;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Preview the site while you write: rebuilds on every save and reloads the browser.")
    static final class ServeCommand implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Option(names = "--theme", paramLabel = "DIR", description = "a theme folder overriding single templates and assets")
        Path theme;

        @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
        int port;

        @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "address to listen on (default ${DEFAULT-VALUE}: this computer only)")
        String host;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            BuildRequest request = new BuildRequest(options.content, null, theme, options.strict, "");
            try (PreviewServer server = PreviewServer.start(request, host, port, site -> {
                site.problems().forEach(d -> err.println(d.format()));
                err.println(site.hasErrors() ? "Not rebuilt: " + site.problems().stream().filter(Diagnostic::isError).count()
                        + " error(s); serving the last good site" : "Rebuilt (" + site.problems().size() + " warning(s))");
                err.flush();
            })) {
                out.println("Serving " + options.content + " at " + server.uri() + " (Ctrl+C to stop)");
                out.flush();
                Thread.currentThread().join(); // until the process is stopped
            }
            return 0;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Start something new.",
            subcommands = {NewUnitCommand.class, NewSiteCommand.class})
    static final class NewCommand implements Runnable {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose what to create: unit or site");
        }
    }

    @Command(name = "unit", mixinStandardHelpOptions = true,
            description = "Write a unit skeleton, every section explained, under content/units/grade-<grade>/.")
    static final class NewUnitCommand implements Callable<Integer> {
        @Option(names = "--content", required = true, paramLabel = "DIR", description = "the content folder")
        Path content;

        @Option(names = "--grade", required = true, paramLabel = "GRADE")
        String grade;

        @Option(names = "--subject", required = true, paramLabel = "SUBJECT")
        String subject;

        @CommandLine.Parameters(paramLabel = "TITLE", description = "the unit's title")
        String title;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path file = Scaffold.newUnit(content, title, subject, grade);
            spec.commandLine().getOut().println("Wrote " + file + " — fill it in, then run validate or serve");
            return 0;
        }
    }

    @Command(name = "site", mixinStandardHelpOptions = true,
            description = "Start a curriculum repository: pom.xml with the plugin, content/ with a sample unit.")
    static final class NewSiteCommand implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "DIR", description = "the new repository's folder")
        Path dir;

        @Option(names = "--title", paramLabel = "TITLE", defaultValue = "Our Curriculum", description = "the site's title")
        String title;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Scaffold.newSite(dir, title);
            spec.commandLine().getOut().println("Started " + dir + ": mvn package builds it; "
                    + "threefold serve --content " + dir.resolve("content") + " previews it");
            return 0;
        }
    }

    /** Every diagnostic on stderr, then the count. */
    static void print(CommandLine.Model.CommandSpec spec, BuildResult r) {
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : r.diagnostics()) {
            err.println(d.format());
        }
        if (!r.diagnostics().isEmpty() || !r.succeeded()) {
            err.println(r.summary());
        }
    }

    /** Theme and I/O failures become one clear line, not a stack trace. */
    static BuildResult guarded(CommandLine.Model.CommandSpec spec, java.util.function.Supplier<BuildResult> action) {
        try {
            return action.get();
        } catch (Theme.ThemeException | UncheckedIOException | IllegalStateException e) {
            spec.commandLine().getErr().println("threefold: " + e.getMessage());
            return null;
        }
    }
}
